import "server-only";
import { getDb, type Db } from "../db/client";
import { searchTerms } from "./search";

export type EntryHit = { id: string; ordinal: number; postedAt: string | null; headline: string | null; text: string; language: string; sourceId: string; sourceTitle: string };

/**
 * Entries matching every term, in any language: the 'simple' full-text vector for whole words,
 * and the trigram index for parts of words (Kyrgyz and Russian endings: "Токаев" finds "Токаевдин").
 */
export async function searchEntries(options: { db?: Db; query: string; limit?: number }): Promise<EntryHit[]> {
  const db = options.db ?? getDb();
  const terms = searchTerms(options.query);
  if (terms.length === 0) return [];
  const patterns = terms.map((term) => `%${term}%`);
  return db.$queryRaw<EntryHit[]>`
    SELECT e."id", e."ordinal", e."postedAt", e."headline", e."text", e."language", s."id" AS "sourceId", s."title" AS "sourceTitle"
      FROM "Entry" e JOIN "Source" s ON s."id" = e."sourceId"
     WHERE (coalesce(e."headline", '') || ' ' || e."text") ILIKE ALL (${patterns}::text[])
     ORDER BY ts_rank(e."searchVector", to_tsquery('simple', ${terms.map((term) => `${term}:*`).join(" & ")})) DESC, s."importedAt" DESC, e."ordinal"
     LIMIT ${options.limit ?? 50}`;
}
