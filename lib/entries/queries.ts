import "server-only";
import { getDb, getReaderDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { searchTerms } from "./search";
import { sqlSourceIsPublic } from "../claims/status-sql";

const SEARCH_CANDIDATES = 2000;

export type EntryHit = { id: string; ordinal: number; postedAt: string | null; headline: string | null; text: string; language: string; sourceId: string; sourceTitle: string };

/**
 * Entries matching every term, in any language: the 'simple' full-text vector for whole words,
 * and the trigram index for parts of words (Kyrgyz and Russian endings: "Токаев" finds "Токаевдин").
 * With publicOnly, only entries of sources a published claim quotes or cites: all that readers
 * may see of the sources.
 */
export async function searchEntries(options: { db?: Db; query: string; limit?: number; publicOnly?: boolean }): Promise<EntryHit[]> {
  const db = options.db ?? (options.publicOnly ? getReaderDb() : getDb());
  const terms = searchTerms(options.query);
  if (terms.length === 0) return [];
  const patterns = terms.map((term) => `%${term}%`);
  const prefixes = terms.map((term) => `${term}:*`).join(" & ");
  const scope = options.publicOnly
    ? Prisma.sql`AND ${sqlSourceIsPublic('s."id"')}`
    : Prisma.empty;
  // Both conditions have a GIN index (word prefixes in the vector, which includes the headline;
  // parts of words in the text by trigram: one ILIKE per term, as ILIKE ALL cannot use it). Common words can match a large share of a big
  // newsroom, so a bounded set of candidates is ranked rather than every match.
  return db.$queryRaw<EntryHit[]>`
    WITH candidates AS (
      SELECT e."id" FROM "Entry" e
       WHERE e."searchVector" @@ to_tsquery('simple', ${prefixes}) OR (${Prisma.join(patterns.map((pattern) => Prisma.sql`e."text" ILIKE ${pattern}`), " AND ")})
       LIMIT ${SEARCH_CANDIDATES})
    SELECT e."id", e."ordinal", e."postedAt", e."headline", e."text", e."language", s."id" AS "sourceId", s."title" AS "sourceTitle"
      FROM candidates c JOIN "Entry" e ON e."id" = c."id" JOIN "Source" s ON s."id" = e."sourceId"
     WHERE (coalesce(e."headline", '') || ' ' || e."text") ILIKE ALL (${patterns}::text[]) ${scope}
     ORDER BY ts_rank(e."searchVector", to_tsquery('simple', ${prefixes})) DESC, s."importedAt" DESC, e."ordinal"
     LIMIT ${options.limit ?? 50}`;
}

/** One entry as the desk shows it: its text and figures, what is anchored to it, and its neighbours for j/k. */
export async function findEntryForDesk(options: { db?: Db; id: string }) {
  const db = options.db ?? getDb();
  const entry = await db.entry.findUnique({
    where: { id: options.id },
    select: {
      id: true, ordinal: true, postedAt: true, headline: true, text: true, language: true, editedAt: true, sourceId: true,
      source: { select: { id: true, title: true, kind: true, publishedAt: true, url: true, outlet: { select: { name: true } } } },
      figures: { orderBy: { start: "asc" }, select: { id: true, field: true, text: true, value: true, low: true, high: true, hedge: true, hedgeWord: true, unit: true, start: true, end: true, quantity: { select: { id: true, key: true, labelEn: true } } } },
      claims: { select: { id: true, statement: true, status: true, anchorStart: true, anchorEnd: true, anchorState: true } },
      evidenceLinks: { select: { id: true, stance: true, passageStart: true, passageEnd: true, passageState: true, claim: { select: { id: true, statement: true } } } },
    },
  });
  if (!entry) return null;
  const [previous, next] = await Promise.all([
    db.entry.findFirst({ where: { sourceId: entry.sourceId, ordinal: { lt: entry.ordinal } }, orderBy: { ordinal: "desc" }, select: { id: true } }),
    db.entry.findFirst({ where: { sourceId: entry.sourceId, ordinal: { gt: entry.ordinal } }, orderBy: { ordinal: "asc" }, select: { id: true } }),
  ]);
  return { ...entry, previousId: previous?.id ?? null, nextId: next?.id ?? null };
}
