import "server-only";
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

/** `match`: the search's words and forms when the caller has them already (the search page reads them once for claims and entries). */
export async function findPublicClaims(options: { db?: Db; filter: PublicFilter; cursor?: Cursor | null; limit?: number; match?: Promise<SearchMatch | null> }) {
  const db = options.db ?? getReaderDb();
  const { filter } = options;
  const limit = options.limit ?? 20;
  const match = filter.q ? await (options.match ?? searchMatch(db, parseSearch(filter.q))) : null;
  const ids = match ? await matchingClaimIds(db, match, options.cursor ?? null) : null;
  const terms = match?.highlight ?? [];
  // Nothing matches: nothing more to read.
  if (ids?.length === 0) return { items: [], terms, next: null };
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
  const rows = await db.claim.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit + 1, select: PUBLIC_CLAIM_ITEM });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, terms, next: rows.length > limit && last?.publishedAt ? { publishedAt: last.publishedAt, id: last.id } : null };
}

export type PublicClaimItem = Awaited<ReturnType<typeof findPublicClaims>>["items"][number];

/** What the search page offers to filter by: the verdicts, speakers, tags and quantities that have published claims. */
export async function findFilterOptions(options: { db?: Db } = {}) {
  const db = options.db ?? getReaderDb();
  const published = { some: publicClaimWhere };
  const [ratings, speakers, tags, quantities] = await Promise.all([
    db.rating.findMany({ orderBy: { order: "asc" }, select: { key: true, labelEn: true, labelRu: true, labelKy: true } }),
    db.actor.findMany({ where: { claims: published }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.tag.findMany({ where: { claims: { some: { claim: publicClaimWhere } } }, orderBy: { label: "asc" }, select: { id: true, slug: true, label: true } }),
    db.quantity.findMany({ where: { claims: published }, orderBy: { labelEn: "asc" }, select: { key: true, labelEn: true, labelRu: true, labelKy: true } }),
  ]);
  return { ratings, speakers, tags, quantities };
}
