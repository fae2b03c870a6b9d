import type { SuggestionReason } from "./reasons";
import "server-only";
import { getDb, type Db } from "../db/client";
import type { Stance } from "../db/generated/enums";
import { similarity } from "../text/anchor";
import { compareFigure, pairQuery, passageFor, significantTerms, type FigureVerdict } from "./suggest-terms";
import { suggestionQueries, type EntryRow, type FigureRow } from "./suggestion-queries";

export type SuggestionKind = FigureVerdict["kind"] | "similar-text" | "shared-words" | "same-speaker";

export type Suggestion = {
  entryId: string;
  kind: SuggestionKind;
  stance: Stance;
  score: number;
  reasons: SuggestionReason[];
  passage: { exact: string; start: number };
  figureMentionId: string | null;
  entry: { text: string; postedAt: string | null; language: string; sourceId: string; sourceTitle: string; outlet: string | null; publishedAt: Date | null };
};

// Bigram likeness (0 to 1) of an entry's passage to the quote or a translation above which it "says much the same".
const CLOSE_WORDING = 0.5;

/** The claim's side of a suggestion search, and the entries it already has or has turned down. */
async function loadClaim(db: Db, claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true, statement: true, quoteOriginal: true, translations: true, entryId: true, speakerId: true,
      figureValue: true, figureLow: true, figureHigh: true, figureHedge: true, figureHedgeWord: true, figureUnit: true, figureAsOf: true, saidAt: true, quantityId: true,
      speaker: { select: { name: true, aliases: true } },
      evidence: { select: { entryId: true } },
      dismissals: { select: { entryId: true } },
    },
  });
  if (!claim) return null;
  const excluded = [...new Set([claim.entryId, ...claim.evidence.map((link) => link.entryId), ...claim.dismissals.map((dismissal) => dismissal.entryId)].filter((id): id is string => Boolean(id)))];
  const figure = claim.figureHedge
    ? { value: claim.figureValue, low: claim.figureLow, high: claim.figureHigh, hedge: claim.figureHedge, hedgeWord: claim.figureHedgeWord, at: claim.figureAsOf ?? claim.saidAt, unit: claim.figureUnit }
    : null;
  return { ...claim, excluded, figure };
}
type LoadedClaim = NonNullable<Awaited<ReturnType<typeof loadClaim>>>;

function toEntry(row: EntryRow): Suggestion["entry"] {
  return { text: row.text, postedAt: row.postedAt, language: row.language, sourceId: row.sourceId, sourceTitle: row.sourceTitle, outlet: row.outlet, publishedAt: row.publishedAt };
}

const FIGURE_WEIGHT: Record<string, number> = { "different-figure": 30, "same-figure": 20, "consistent-figure": 15 };

/** What one reported figure says about the claim's figure, as a suggestion; null when nothing comparable. */
function judgeFigure(claim: LoadedClaim, row: FigureRow, base: number, nearby: boolean): Suggestion | null {
  const figure = claim.figure;
  if (!figure || (figure.unit && row.unit && row.unit !== figure.unit)) return null;
  const verdict = compareFigure(figure, { value: row.value, low: row.low, high: row.high, hedge: row.hedge, hedgeWord: row.hedgeWord, at: row.at });
  if (!verdict) return null;
  const passage = passageFor(row.text, { span: { start: row.start, end: row.end } });
  return {
    entryId: row.entryId,
    kind: verdict.kind,
    stance: verdict.stance,
    score: base + (FIGURE_WEIGHT[verdict.kind] ?? 10),
    reasons: [nearby ? { ...verdict.reason, nearby } : verdict.reason],
    passage: { exact: passage.text, start: passage.start },
    figureMentionId: row.quantityId ? null : row.figureId,
    entry: toEntry(row),
  };
}

/** Pass 1: figures on the claim's quantity's timeline. */
async function figureSuggestions(db: Db, claim: LoadedClaim): Promise<Suggestion[]> {
  if (!claim.quantityId || !claim.figure) return [];
  const rows = await suggestionQueries.figures(db, claim.quantityId, claim.excluded);
  return rows.map((row) => judgeFigure(claim, row, 100, false)).filter((suggestion): suggestion is Suggestion => suggestion !== null);
}

/**
 * Pass 2: entries that say the same in other words or another language. Only an entry that
 * says much the same is offered as support; one that merely shares words is offered as
 * context, so accepting it at a keystroke never overstates it. The closest figure in such an
 * entry is judged like a timeline figure.
 */
async function textSuggestions(db: Db, claim: LoadedClaim): Promise<Suggestion[]> {
  const translations = Object.values((claim.translations ?? {}) as Record<string, string>);
  const names = claim.speaker ? [claim.speaker.name, ...claim.speaker.aliases] : [];
  // The statement first: it is the editor's own distillation of the claim.
  const terms = significantTerms([claim.statement, claim.quoteOriginal, ...translations, ...names.slice(0, 3)]);
  const tsquery = pairQuery(terms);
  if (!tsquery) return [];
  const rows = await suggestionQueries.text(db, tsquery, claim.quoteOriginal, claim.excluded);
  if (rows.length === 0) return [];
  const unassigned = await suggestionQueries.unassignedFigures(db, rows.map((row) => row.entryId));
  const lowerNames = names.map((name) => name.toLowerCase());
  const found: Suggestion[] = [];
  for (const row of rows) {
    const lower = row.text.toLowerCase();
    const namesSpeaker = lowerNames.some((name) => lower.includes(name));
    const passage = passageFor(row.text, { terms });
    const closeness = Math.max(similarity(passage.text, claim.quoteOriginal), ...translations.map((text) => similarity(passage.text, text)));
    const close = closeness > CLOSE_WORDING;
    found.push({
      entryId: row.entryId,
      kind: close ? "similar-text" : "shared-words",
      stance: close ? "SUPPORTS" : "CONTEXT",
      score: 20 + Math.min(30, row.rank * 30) + closeness * 30 + (namesSpeaker ? 10 : 0),
      reasons: [{ key: close ? "saysMuchTheSame" : "sharesWords" }, ...(namesSpeaker ? [{ key: "namesSpeaker" as const, values: { name: claim.speaker!.name } }] : [])],
      passage: { exact: passage.text, start: passage.start },
      figureMentionId: null,
      entry: toEntry(row),
    });
    const target = claim.figure?.value;
    const figures = unassigned.filter((figure) => figure.entryId === row.entryId && figure.value !== null);
    if (target && figures.length) {
      const distance = (figure: FigureRow) => Math.abs(Math.log(figure.value! / target));
      const nearest = figures.reduce((best, figure) => (distance(figure) < distance(best) ? figure : best));
      const judged = judgeFigure(claim, nearest, 50, true);
      if (judged) found.push(judged);
    }
  }
  return found;
}

/** Pass 3: other claims by the same speaker, as context. */
async function speakerSuggestions(db: Db, claim: LoadedClaim): Promise<Suggestion[]> {
  if (!claim.speakerId) return [];
  const others = await db.claim.findMany({
    where: { speakerId: claim.speakerId, id: { not: claim.id }, entryId: { notIn: claim.excluded }, status: { not: "ARCHIVED" } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      statement: true, anchorExact: true, anchorStart: true,
      entry: { select: { id: true, text: true, postedAt: true, language: true, source: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } } } },
    },
  });
  return others.flatMap((other) =>
    other.entry
      ? [{
          entryId: other.entry.id,
          kind: "same-speaker" as const,
          stance: "CONTEXT" as const,
          score: 25,
          reasons: [{ key: "sameSpeaker" as const, values: { name: claim.speaker!.name, statement: other.statement } }],
          passage: { exact: other.anchorExact ?? other.entry.text, start: other.anchorStart ?? 0 },
          figureMentionId: null,
          entry: {
            text: other.entry.text, postedAt: other.entry.postedAt, language: other.entry.language, sourceId: other.entry.source.id,
            sourceTitle: other.entry.source.title, outlet: other.entry.source.outlet?.name ?? null, publishedAt: other.entry.source.publishedAt,
          },
        }]
      : [],
  );
}

/** One suggestion per entry: the strongest, with a quarter of the others' score and all their reasons. */
function mergeByEntry(suggestions: Suggestion[]): Suggestion[] {
  const byEntry = new Map<string, Suggestion>();
  for (const suggestion of suggestions) {
    const existing = byEntry.get(suggestion.entryId);
    if (!existing) {
      byEntry.set(suggestion.entryId, suggestion);
      continue;
    }
    const [strong, weak] = existing.score >= suggestion.score ? [existing, suggestion] : [suggestion, existing];
    byEntry.set(suggestion.entryId, { ...strong, score: strong.score + weak.score / 4, reasons: [...new Map([...strong.reasons, ...weak.reasons].map((reason) => [JSON.stringify(reason), reason])).values()] });
  }
  return [...byEntry.values()];
}

/**
 * Ranked evidence suggestions for a claim: entries with figures for its quantity, entries that
 * say the same in other words or another language, and other claims by the same speaker.
 * Linked and dismissed entries are left out.
 */
export async function findSuggestions(options: { db?: Db; claimId: string; limit?: number }): Promise<Suggestion[]> {
  const db = options.db ?? getDb();
  const claim = await loadClaim(db, options.claimId);
  if (!claim) return [];
  const found = [...(await figureSuggestions(db, claim)), ...(await textSuggestions(db, claim)), ...(await speakerSuggestions(db, claim))];
  return mergeByEntry(found).sort((a, b) => b.score - a.score).slice(0, options.limit ?? 12);
}
