import "server-only";
import { getDb, type Db } from "../db/client";
import type { Hedge, Stance } from "../db/generated/enums";
import { similarity } from "../text/anchor";
import { compareFigure, pairQuery, passageFor, significantTerms } from "./suggest-terms";

export type SuggestionKind = "same-figure" | "different-figure" | "figure-changed" | "similar-text" | "shared-words" | "same-speaker";

export type Suggestion = {
  entryId: string;
  kind: SuggestionKind;
  stance: Stance;
  score: number;
  reasons: string[];
  passage: { exact: string; start: number };
  figureMentionId: string | null;
  entry: { text: string; postedAt: string | null; language: string; sourceId: string; sourceTitle: string; outlet: string | null; publishedAt: Date | null };
};

type EntryRow = {
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
type FigureRow = EntryRow & { figureId: string; figureText: string; value: number | null; low: number | null; high: number | null; hedge: Hedge; unit: string | null; start: number; end: number; quantityId: string | null };

/** An entry's columns; for a figure, the day it refers to, else the entry's own time. */
function entryColumns(figure: boolean): string {
  const own = `CASE WHEN s."publishedAt" IS NULL THEN NULL WHEN e."postedAt" IS NULL THEN s."publishedAt" ELSE date_trunc('day', s."publishedAt") + e."postedAt"::time END`;
  return `e."id" AS "entryId", e."text", e."postedAt", e."language", s."id" AS "sourceId", s."title" AS "sourceTitle", o."name" AS "outlet", s."publishedAt",
    ${figure ? `coalesce(f."asOf", ${own})` : own} AS "at"`;
}

/** The claim's side of a suggestion search, and the entries it already has or has turned down. */
async function loadClaim(db: Db, claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true, statement: true, quoteOriginal: true, translations: true, entryId: true, speakerId: true,
      figureValue: true, figureLow: true, figureHigh: true, figureHedge: true, figureUnit: true, figureAsOf: true, saidAt: true, quantityId: true,
      speaker: { select: { name: true, aliases: true } },
      quantity: { select: { labelEn: true, labelRu: true, labelKy: true } },
      evidence: { select: { entryId: true } },
      dismissals: { select: { entryId: true } },
    },
  });
  if (!claim) return null;
  const excluded = [...new Set([claim.entryId, ...claim.evidence.map((link) => link.entryId), ...claim.dismissals.map((dismissal) => dismissal.entryId)].filter((id): id is string => Boolean(id)))];
  return { ...claim, excluded };
}

export type SuggestionQueries = {
  figures: (db: Db, quantityId: string, excluded: string[]) => Promise<FigureRow[]>;
  text: (db: Db, tsquery: string, quote: string, excluded: string[]) => Promise<(EntryRow & { rank: number })[]>;
};

// Common words can match most of a newsroom: a bounded set of candidates is ranked, not every
// match, with ts_rank (ts_rank_cd of a query of many word pairs cost ten times as much).
const TEXT_CANDIDATES = 1000;
// Bigram likeness (0 to 1) of an entry's passage to the quote or a translation above which it "says much the same".
const CLOSE_WORDING = 0.5;

/** The SQL behind suggestions, named so the benchmark can time it bare. */
export const suggestionQueries: SuggestionQueries = {
  figures: (db, quantityId, excluded) =>
    db.$queryRawUnsafe<FigureRow[]>(
      `SELECT ${entryColumns(true)}, f."id" AS "figureId", f."text" AS "figureText", f."value", f."low", f."high", f."hedge"::text AS "hedge", f."unit", f."start", f."end", f."quantityId"
         FROM "FigureMention" f JOIN "Entry" e ON e."id" = f."entryId" JOIN "Source" s ON s."id" = e."sourceId" LEFT JOIN "Outlet" o ON o."id" = s."outletId"
        WHERE f."quantityId" = $1 AND f."field" = 'text' AND NOT (f."entryId" = ANY($2::text[]))
        ORDER BY s."publishedAt" DESC NULLS LAST LIMIT 200`,
      quantityId,
      excluded,
    ),
  text: (db, tsquery, quote, excluded) =>
    db.$queryRawUnsafe<(EntryRow & { rank: number })[]>(
      // The query is written out where it is used (not in a CTE) so the planner can see how
      // common its words are: for common words a scan that stops at the first candidates, for
      // rare ones the GIN index.
      `WITH candidates AS (
              SELECT e."id", e."searchVector" FROM "Entry" e
               WHERE e."searchVector" @@ to_tsquery('simple', $1) AND NOT (e."id" = ANY($3::text[]))
               LIMIT ${TEXT_CANDIDATES}),
            hits AS (
              SELECT c."id", ts_rank(c."searchVector", to_tsquery('simple', $1)) AS rank FROM candidates c
               ORDER BY rank DESC LIMIT 40)
       SELECT ${entryColumns(false)}, hits.rank + word_similarity($2, e."text") AS "rank"
         FROM hits JOIN "Entry" e ON e."id" = hits."id" JOIN "Source" s ON s."id" = e."sourceId" LEFT JOIN "Outlet" o ON o."id" = s."outletId"
        ORDER BY "rank" DESC`,
      tsquery,
      quote,
      excluded,
    ),
};

function toEntry(row: EntryRow): Suggestion["entry"] {
  return { text: row.text, postedAt: row.postedAt, language: row.language, sourceId: row.sourceId, sourceTitle: row.sourceTitle, outlet: row.outlet, publishedAt: row.publishedAt };
}

/**
 * Ranked evidence suggestions for a claim: entries with figures for its quantity (same value,
 * a different value that day, or a changed figure), entries that say the same in other words
 * or another language, and other claims by the same speaker. Linked and dismissed entries are left out.
 */
export async function findSuggestions(options: { db?: Db; claimId: string; limit?: number }): Promise<Suggestion[]> {
  const db = options.db ?? getDb();
  const claim = await loadClaim(db, options.claimId);
  if (!claim) return [];
  const byEntry = new Map<string, Suggestion>();
  const add = (suggestion: Suggestion) => {
    const existing = byEntry.get(suggestion.entryId);
    if (!existing) return void byEntry.set(suggestion.entryId, suggestion);
    const [strong, weak] = existing.score >= suggestion.score ? [existing, suggestion] : [suggestion, existing];
    byEntry.set(suggestion.entryId, { ...strong, score: strong.score + weak.score / 4, reasons: [...new Set([...strong.reasons, ...weak.reasons])] });
  };

  const claimFigure = claim.figureHedge
    ? { value: claim.figureValue, low: claim.figureLow, high: claim.figureHigh, hedge: claim.figureHedge, at: claim.figureAsOf ?? claim.saidAt }
    : null;
  const judge = (row: FigureRow, base: number, note: string) => {
    if (!claimFigure || (claim.figureUnit && row.unit && row.unit !== claim.figureUnit)) return;
    const verdict = compareFigure(claimFigure, { value: row.value, low: row.low, high: row.high, hedge: row.hedge, at: row.at });
    if (!verdict) return;
    const passage = passageFor(row.text, { span: { start: row.start, end: row.end } });
    const weight = verdict.kind === "different-figure" ? 30 : verdict.kind === "same-figure" ? 20 : 10;
    add({
      entryId: row.entryId,
      kind: verdict.kind,
      stance: verdict.stance,
      score: base + weight,
      reasons: [`${verdict.reason}${note}`],
      passage: { exact: passage.text, start: passage.start },
      figureMentionId: row.quantityId ? null : row.figureId,
      entry: toEntry(row),
    });
  };

  if (claim.quantityId && claimFigure) {
    for (const row of await suggestionQueries.figures(db, claim.quantityId, claim.excluded)) judge(row, 100, "");
  }

  const translations = Object.values((claim.translations ?? {}) as Record<string, string>);
  const names = claim.speaker ? [claim.speaker.name, ...claim.speaker.aliases] : [];
  // The statement first: it is the editor's own distillation of the claim.
  const terms = significantTerms([claim.statement, claim.quoteOriginal, ...translations, ...names.slice(0, 3)]);
  const tsquery = pairQuery(terms);
  if (tsquery) {
    const rows = await suggestionQueries.text(db, tsquery, claim.quoteOriginal, claim.excluded);
    const lowerNames = names.map((name) => name.toLowerCase());
    // Figures in similar entries that no one has put on a timeline yet.
    const unassigned = rows.length
      ? await db.$queryRawUnsafe<FigureRow[]>(
          `SELECT ${entryColumns(true)}, f."id" AS "figureId", f."text" AS "figureText", f."value", f."low", f."high", f."hedge"::text AS "hedge", f."unit", f."start", f."end", f."quantityId"
             FROM "FigureMention" f JOIN "Entry" e ON e."id" = f."entryId" JOIN "Source" s ON s."id" = e."sourceId" LEFT JOIN "Outlet" o ON o."id" = s."outletId"
            WHERE f."entryId" = ANY($1::text[]) AND f."quantityId" IS NULL AND f."field" = 'text'`,
          rows.map((row) => row.entryId),
        )
      : [];
    for (const row of rows) {
      const lower = row.text.toLowerCase();
      const sharedNames = lowerNames.filter((name) => lower.includes(name));
      const passage = passageFor(row.text, { terms });
      const closeness = Math.max(similarity(passage.text, claim.quoteOriginal), ...translations.map((text) => similarity(passage.text, text)));
      // Only an entry that says much the same is offered as support; one that merely shares
      // words is offered as context, so accepting it at a keystroke never overstates it.
      const close = closeness > CLOSE_WORDING;
      const reasons = [`Shares words with the claim${close ? " and says much the same" : ""}`];
      if (sharedNames.length) reasons.push(`Names ${claim.speaker!.name}`);
      add({
        entryId: row.entryId,
        kind: close ? "similar-text" : "shared-words",
        stance: close ? "SUPPORTS" : "CONTEXT",
        score: 20 + Math.min(30, row.rank * 30) + closeness * 30 + (sharedNames.length ? 10 : 0),
        reasons,
        passage: { exact: passage.text, start: passage.start },
        figureMentionId: null,
        entry: toEntry(row),
      });
      // The closest figure in a similar entry says more than its wording: judge it like a timeline figure.
      const figures = unassigned.filter((figure) => figure.entryId === row.entryId && figure.value !== null);
      if (claimFigure?.value && figures.length) {
        const nearest = figures.reduce((best, figure) => (Math.abs(Math.log(figure.value! / claimFigure.value!)) < Math.abs(Math.log(best.value! / claimFigure.value!)) ? figure : best));
        judge(nearest, 50, " (in a similar entry; accepting puts it on the quantity's timeline)");
      }
    }
  }

  if (claim.speakerId) {
    const others = await db.claim.findMany({
      where: { speakerId: claim.speakerId, id: { not: claim.id }, entryId: { notIn: claim.excluded }, status: { not: "ARCHIVED" } },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: {
        statement: true, anchorExact: true, anchorStart: true,
        entry: { select: { id: true, text: true, postedAt: true, language: true, source: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } } } },
      },
    });
    for (const other of others) {
      if (!other.entry) continue;
      add({
        entryId: other.entry.id,
        kind: "same-speaker",
        stance: "CONTEXT",
        score: 25,
        reasons: [`Another claim by ${claim.speaker!.name}: “${other.statement}”`],
        passage: { exact: other.anchorExact ?? other.entry.text, start: other.anchorStart ?? 0 },
        figureMentionId: null,
        entry: {
          text: other.entry.text, postedAt: other.entry.postedAt, language: other.entry.language, sourceId: other.entry.source.id,
          sourceTitle: other.entry.source.title, outlet: other.entry.source.outlet?.name ?? null, publishedAt: other.entry.source.publishedAt,
        },
      });
    }
  }
  return [...byEntry.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? 12);
}
