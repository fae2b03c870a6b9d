import "server-only";
import { shownBy, type Shows } from "../cache/generation.cjs";
import { getReaderDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { parseSearch } from "../search/parse";
import { searchMatch, sqlMatchesPhrase, sqlMatchesWord, type SearchMatch } from "../search/word-forms";
import { PUBLIC_CLAIM_ITEM } from "./public-queries";
import { publicClaimWhere } from "./status";
import { sqlIsPublic } from "./status-sql";
import type { Cursor, PublicFilter } from "./public-filter";

/**
 * Ids of published claims matching every word and phrase: each word, in any of its forms
 * (lib/search/word-forms.ts), in the statement, the quote or a translation, or in the speaker's
 * name or any of its spellings; each quoted phrase as written in the claim's text.
 */
const MATCH_LIMIT = 500;

async function matchingClaimIds(db: Db, match: SearchMatch, cursor: Cursor | null): Promise<string[]> {
  const vector = Prisma.sql`c."searchVector"`;
  // The speakers a word names are looked up once (a few hundred names), so each condition is an
  // index lookup on the claims: their search vector, or their speaker.
  const conditions = [
    ...match.words.map((word) => {
      const patterns = word.forms.map((form) => `%${form.text}%`);
      return Prisma.sql`(${sqlMatchesWord(vector, word)} OR c."speakerId" = ANY(ARRAY(
        SELECT a."id" FROM "Actor" a WHERE a."name" ILIKE ANY(${patterns}::text[]) OR array_to_string(a."aliases", ' ') ILIKE ANY(${patterns}::text[]))))`;
    }),
    ...match.phrases.map((phrase) => sqlMatchesPhrase(vector, phrase)),
  ];
  // The newest matches after the page's cursor, a bounded number: the page's other filters are
  // applied to these (a common word can match most of a newsroom's claims).
  const after = cursor ? Prisma.sql`AND (c."publishedAt", c."id") < (${cursor.publishedAt}, ${cursor.id})` : Prisma.empty;
  // Materialized: every match found by the indexes first, then the newest taken. Left to itself,
  // PostgreSQL walks the publishedAt index newest first and tests each claim's words, which for a
  // common word over 100,000 claims took twice as long.
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH matches AS MATERIALIZED (
      SELECT c."id", c."publishedAt" FROM "Claim" c WHERE ${sqlIsPublic("c")} AND ${Prisma.join(conditions, " AND ")} ${after})
    SELECT "id" FROM matches ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${MATCH_LIMIT}`;
  return rows.map((row) => row.id);
}

/**
 * What a list of public claims shows, for the caches (lib/cache/generation.cjs): a correction
 * changes a claim's verdict, summary and status, and which claims a list finds (by words, speaker,
 * tag, quantity, dates), their order (by publication) and its menus depend on none of these unless
 * it filters by verdict. So a list not filtered by verdict shows only the claims it holds, and
 * stays current through a correction of any other; one filtered by verdict names nothing (null),
 * and depends on every change. The reader's search pages and the API's lists both say so.
 */
export function claimsListShows(filter: PublicFilter, items: { id: string }[]): Shows {
  return filter.verdict ? null : shownBy({ claimIds: items.map((item) => item.id) });
}

/**
 * `match`: the search's words and forms when the caller has them already (the search page reads
 * them once for claims and entries). `withMenus`: also the filter menus this search's matches
 * call for (see `menusAmong`), in the same trip's time.
 */
export async function findPublicClaims(options: { db?: Db; filter: PublicFilter; cursor?: Cursor | null; limit?: number; match?: Promise<SearchMatch | null>; withMenus?: boolean }) {
  const db = options.db ?? getReaderDb();
  const { filter } = options;
  const limit = options.limit ?? 20;
  const match = filter.q ? await (options.match ?? searchMatch(db, parseSearch(filter.q))) : null;
  const ids = match ? await matchingClaimIds(db, match, options.cursor ?? null) : null;
  const terms = match?.highlight ?? [];
  // The menus can be drawn from the matches when the ids read are every match of the words.
  const everyMatch = ids !== null && !options.cursor && ids.length < MATCH_LIMIT;
  const menus = options.withMenus && everyMatch ? menusAmong(db, ids) : Promise.resolve(null);
  // Nothing matches: nothing more to read.
  if (ids?.length === 0) return { items: [], terms, next: null, menus: await menus };
  const saidAt: Prisma.DateTimeNullableFilter = {};
  if (filter.from) saidAt.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) saidAt.lt = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000);
  const where: Prisma.ClaimWhereInput = {
    ...publicClaimWhere,
    ...(ids ? { id: { in: ids } } : {}),
    ...(filter.verdict ? { rating: { key: filter.verdict } } : {}),
    ...(filter.speaker ? { speaker: { slug: filter.speaker } } : {}),
    ...(filter.tag ? { tags: { some: { tag: { slug: filter.tag } } } } : {}),
    ...(filter.quantity ? { quantity: { key: filter.quantity } } : {}),
    ...(filter.language ? { quoteLanguage: filter.language } : {}),
    ...(filter.from || filter.to ? { saidAt } : {}),
    ...(options.cursor
      ? { OR: [{ publishedAt: { lt: options.cursor.publishedAt } }, { publishedAt: options.cursor.publishedAt, id: { lt: options.cursor.id } }] }
      : {}),
  };
  const [rows, found] = await Promise.all([db.claim.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit + 1, select: PUBLIC_CLAIM_ITEM }), menus]);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, terms, next: rows.length > limit && last?.publishedAt ? { publishedAt: last.publishedAt, id: last.id } : null, menus: found };
}

export type PublicClaimItem = Awaited<ReturnType<typeof findPublicClaims>>["items"][number];

const SPEAKER_ITEM = { slug: true, name: true } as const;
const TAG_ITEM = { id: true, slug: true, label: true } as const;
const QUANTITY_ITEM = { key: true, labelEn: true, labelRu: true, labelKy: true } as const;

/** What the search page offers to filter by: the verdicts, speakers, tags and quantities that have published claims. */
export async function findFilterOptions(options: { db?: Db } = {}) {
  const db = options.db ?? getReaderDb();
  const published = { some: publicClaimWhere };
  const [ratings, speakers, tags, quantities] = await Promise.all([
    db.rating.findMany({ orderBy: { order: "asc" }, select: { key: true, labelEn: true, labelRu: true, labelKy: true } }),
    db.actor.findMany({ where: { claims: published }, orderBy: { name: "asc" }, select: SPEAKER_ITEM }),
    db.tag.findMany({ where: { claims: { some: { claim: publicClaimWhere } } }, orderBy: { label: "asc" }, select: TAG_ITEM }),
    db.quantity.findMany({ where: { claims: published }, orderBy: { labelEn: "asc" }, select: QUANTITY_ITEM }),
  ]);
  return { ratings, speakers, tags, quantities };
}

export type FilterMenus = Awaited<ReturnType<typeof menusAmong>>;

/**
 * The menus that grow with the newsroom (speakers, tags, quantities), drawn from the claims a
 * search's words match: a reader narrows what they found, rather than scroll every speaker who was
 * ever checked (391 on the generated newsroom, and a third of the page's render time). One query;
 * none when nothing matches.
 */
async function menusAmong(db: Db, ids: string[]) {
  if (ids.length === 0) return { speakers: [], tags: [], quantities: [] };
  const rows = await db.$queryRaw<{ menus: { speakers: { slug: string; name: string }[] | null; tags: { id: string; slug: string; label: string }[] | null; quantities: { key: string; labelEn: string; labelRu: string; labelKy: string }[] | null } }[]>`
    WITH found AS (SELECT "id", "speakerId", "quantityId" FROM "Claim" WHERE "id" = ANY(${ids}::text[]))
    SELECT json_build_object(
      'speakers', (SELECT json_agg(json_build_object('slug', a."slug", 'name', a."name") ORDER BY a."name") FROM "Actor" a WHERE a."id" IN (SELECT "speakerId" FROM found)),
      'tags', (SELECT json_agg(json_build_object('id', t."id", 'slug', t."slug", 'label', t."label") ORDER BY t."label") FROM "Tag" t
                WHERE t."id" IN (SELECT ct."tagId" FROM "ClaimTag" ct WHERE ct."claimId" IN (SELECT "id" FROM found))),
      'quantities', (SELECT json_agg(json_build_object('key', q."key", 'labelEn', q."labelEn", 'labelRu', q."labelRu", 'labelKy', q."labelKy") ORDER BY q."labelEn") FROM "Quantity" q
                WHERE q."id" IN (SELECT "quantityId" FROM found))) AS "menus"`;
  const { menus } = rows[0];
  return { speakers: menus.speakers ?? [], tags: menus.tags ?? [], quantities: menus.quantities ?? [] };
}
