import "server-only";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Hedge } from "../db/generated/enums";
import { sqlEntryTime, sqlFigureTime } from "../figures/entry-time-sql";

export type EntryRow = {
  entryId: string;
  text: string;
  postedAt: string | null;
  language: string;
  sourceId: string;
  sourceTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  at: Date | null;
};
export type FigureRow = EntryRow & { figureId: string; figureText: string; value: number | null; low: number | null; high: number | null; hedge: Hedge; hedgeWord: string | null; unit: string | null; start: number; end: number; quantityId: string | null };

// Common words can match most of a newsroom: a bounded set of candidates is ranked, not every
// match, with ts_rank (ts_rank_cd of a query of many word pairs cost ten times as much).
const TEXT_CANDIDATES = 1000;

const ENTRY_COLUMNS = Prisma.sql`e."id" AS "entryId", e."text", e."postedAt", e."language", s."id" AS "sourceId", s."title" AS "sourceTitle", o."name" AS "outlet", s."publishedAt"`;
const ENTRY_JOINS = Prisma.sql`JOIN "Source" s ON s."id" = e."sourceId" LEFT JOIN "Outlet" o ON o."id" = s."outletId"`;
const figureColumns = () => Prisma.sql`${ENTRY_COLUMNS}, ${sqlFigureTime()} AS "at",
  f."id" AS "figureId", f."text" AS "figureText", f."value", f."low", f."high", f."hedge"::text AS "hedge", f."hedgeWord", f."unit", f."start", f."end", f."quantityId"`;

/** The SQL behind suggestions, named so the benchmark can time it bare. */
export const suggestionQueries = {
  /** Figures on the claim's quantity's timeline, newest source first. */
  figures: (db: Db, quantityId: string, excluded: string[]) =>
    db.$queryRaw<FigureRow[]>`
      SELECT ${figureColumns()}
        FROM "FigureMention" f JOIN "Entry" e ON e."id" = f."entryId" ${ENTRY_JOINS}
       WHERE f."quantityId" = ${quantityId} AND f."field" = 'text' AND NOT (f."entryId" = ANY(${excluded}::text[]))
       ORDER BY s."publishedAt" DESC NULLS LAST LIMIT 200`,

  /** Entries sharing words with the claim, ranked by the words and by likeness to the quote. */
  text: (db: Db, tsquery: string, quote: string, excluded: string[]) =>
    // The candidates are bounded inside the CTE so common words stop at the first matches; the
    // planner still sees the query's words there and picks the GIN index for rare ones.
    db.$queryRaw<(EntryRow & { rank: number })[]>`
      WITH candidates AS (
             SELECT e."id", e."searchVector" FROM "Entry" e
              WHERE e."searchVector" @@ to_tsquery('simple', ${tsquery}) AND NOT (e."id" = ANY(${excluded}::text[]))
              LIMIT ${Prisma.raw(String(TEXT_CANDIDATES))}),
           hits AS (
             SELECT c."id", ts_rank(c."searchVector", to_tsquery('simple', ${tsquery})) AS rank FROM candidates c
              ORDER BY rank DESC LIMIT 40)
      SELECT ${ENTRY_COLUMNS}, ${sqlEntryTime()} AS "at", hits.rank + word_similarity(${quote}, e."text") AS "rank"
        FROM hits JOIN "Entry" e ON e."id" = hits."id" ${ENTRY_JOINS}
       ORDER BY "rank" DESC`,

  /** Figures in these entries that no one has put on a timeline yet. */
  unassignedFigures: (db: Db, entryIds: string[]) =>
    db.$queryRaw<FigureRow[]>`
      SELECT ${figureColumns()}
        FROM "FigureMention" f JOIN "Entry" e ON e."id" = f."entryId" ${ENTRY_JOINS}
       WHERE f."entryId" = ANY(${entryIds}::text[]) AND f."quantityId" IS NULL AND f."field" = 'text'`,
};
