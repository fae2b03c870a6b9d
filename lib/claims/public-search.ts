import "server-only";
import { getReaderDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { searchTerms } from "../entries/search";
import { PUBLIC_CLAIM_ITEM } from "./public-queries";
import { publicClaimWhere } from "./status";
import { sqlIsPublic } from "./status-sql";
import type { Cursor, PublicFilter } from "./public-filter";

/**
 * Ids of published claims matching every word: in the statement, the quote or a translation
 * (word prefixes, so Kyrgyz and Russian endings still match), or in the speaker's name or any
 * of its spellings.
 */
async function matchingClaimIds(db: Db, terms: string[]): Promise<string[]> {
  const conditions = terms.map(
    (term) => Prisma.sql`(c."searchVector" @@ to_tsquery('simple', ${`${term}:*`})
      OR a."name" ILIKE ${`%${term}%`} OR array_to_string(a."aliases", ' ') ILIKE ${`%${term}%`})`,
  );
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Claim" c LEFT JOIN "Actor" a ON a."id" = c."speakerId"
     WHERE ${sqlIsPublic("c")} AND ${Prisma.join(conditions, " AND ")}
     LIMIT 2000`;
  return rows.map((row) => row.id);
}

export async function findPublicClaims(options: { db?: Db; filter: PublicFilter; cursor?: Cursor | null; limit?: number }) {
  const db = options.db ?? getReaderDb();
  const { filter } = options;
  const limit = options.limit ?? 20;
  const terms = filter.q ? searchTerms(filter.q) : [];
  const ids = terms.length ? await matchingClaimIds(db, terms) : null;
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
    db.tag.findMany({ where: { claims: { some: { claim: publicClaimWhere } } }, orderBy: { label: "asc" }, select: { slug: true, label: true } }),
    db.quantity.findMany({ where: { claims: published }, orderBy: { labelEn: "asc" }, select: { key: true, labelEn: true, labelRu: true, labelKy: true } }),
  ]);
  return { ratings, speakers, tags, quantities };
}
