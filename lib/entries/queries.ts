import "server-only";
import { getDb, getReaderDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { parseSearch } from "../search/parse";
import { searchMatch, sqlSearchQuery, type SearchMatch } from "../search/word-forms";
import { sqlSourceIsPublic } from "../claims/status-sql";

const SEARCH_CANDIDATES = 400;

export type EntryHit = { id: string; ordinal: number; postedAt: string | null; headline: string | null; text: string; language: string; sourceId: string; sourceTitle: string };
export type EntrySearch = { hits: EntryHit[]; highlight: string[] };

/**
 * Entries matching every word (in any of its forms, lib/search/word-forms.ts) and every quoted
 * phrase, in any language, headline included. With publicOnly, only entries of sources a
 * published claim quotes or cites: all that readers may see of the sources. `match`: the
 * query's words and forms, when the caller has read them already.
 */
export async function searchEntries(options: { db?: Db; query: string; limit?: number; publicOnly?: boolean; match?: Promise<SearchMatch | null> }): Promise<EntrySearch> {
  const db = options.db ?? (options.publicOnly ? getReaderDb() : getDb());
  const match = await (options.match ?? searchMatch(db, parseSearch(options.query)));
  if (!match) return { hits: [], highlight: [] };
  const query = sqlSearchQuery(match);
  const scope = options.publicOnly ? Prisma.sql`WHERE ${sqlSourceIsPublic('s."id"')}` : Prisma.empty;
  // One GIN index answers the whole query. A common word can match a large share of a big
  // newsroom, so a bounded set of candidates is ranked rather than every match (and only they
  // are checked for being public, a check too dear to make of every match).
  const hits = await db.$queryRaw<EntryHit[]>`
    WITH candidates AS (
      SELECT e."id", e."searchVector" FROM "Entry" e WHERE e."searchVector" @@ ${query} LIMIT ${SEARCH_CANDIDATES})
    SELECT e."id", e."ordinal", e."postedAt", e."headline", e."text", e."language", s."id" AS "sourceId", s."title" AS "sourceTitle"
      FROM candidates c JOIN "Entry" e ON e."id" = c."id" JOIN "Source" s ON s."id" = e."sourceId"
     ${scope}
     ORDER BY ts_rank(c."searchVector", ${query}) DESC, s."importedAt" DESC, e."ordinal"
     LIMIT ${options.limit ?? 50}`;
  return { hits, highlight: match.highlight };
}

/** One entry as the desk shows it: its text and figures, what is anchored to it, and its neighbours for j/k. */
export async function findEntryForDesk(options: { db?: Db; id: string }) {
  const db = options.db ?? getDb();
  const entry = await db.entry.findUnique({
    where: { id: options.id },
    select: {
      id: true, ordinal: true, postedAt: true, publishedAt: true, url: true, sourceEditedAt: true, forwardedFrom: true, headline: true, text: true, language: true, editedAt: true, sourceId: true,
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
