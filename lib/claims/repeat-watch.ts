import type { Tx } from "../db/client";
import { sameFigure, type FigureLike } from "../figures/compare";

/**
 * Repeat watch: which logged claims an imported source says again. A candidate in the new source
 * repeats a claim when its words are close to the quote or one of its translations (so in any of
 * the three languages), or when its speaker (matched by alias across scripts) is the claim's and
 * it gives a figure. A repeat giving the same figure is "same-figure"; one giving another figure
 * is "different-figure", and the claim then needs another look (desk-queries.ts).
 */
export type RepeatKind = "same-figure" | "different-figure" | "close-wording";

// Trigram likeness of a candidate's words to a quote or translation from which they "say it again".
const CLOSE_WORDING = 0.45;
// Below CLOSE_WORDING, the least likeness at which the claim's speaker giving another figure is a repeat.
const RELATED_WORDING = 0.2;

type Pair = {
  claimId: string;
  entryId: string;
  start: number;
  end: number;
  sameSpeaker: boolean;
  closeness: number;
  figure: (FigureLike & { unit: string | null }) | null;
};
type SpanFigure = FigureLike & { entryId: string; start: number; end: number; unit: string | null };

/** What a candidate says about a claim: a repeat of which kind, with the figure it gives; or nothing. */
export function judgeRepeat(pair: Pair, figures: SpanFigure[]): { kind: RepeatKind; figureValue: number | null } | null {
  const close = pair.closeness >= CLOSE_WORDING;
  const given = figures.filter((figure) => figure.entryId === pair.entryId && figure.start >= pair.start && figure.end <= pair.end && figure.value !== null);
  const comparable = pair.figure ? given.filter((figure) => !pair.figure!.unit || !figure.unit || figure.unit === pair.figure!.unit) : [];
  if (pair.figure && comparable.length > 0) {
    const same = comparable.find((figure) => sameFigure(pair.figure!, figure));
    if (same && (close || pair.sameSpeaker)) return { kind: "same-figure", figureValue: same.value };
    if (close || (pair.sameSpeaker && pair.closeness >= RELATED_WORDING)) return { kind: "different-figure", figureValue: comparable[0].value };
    return null;
  }
  return close ? { kind: "close-wording", figureValue: null } : null;
}

/** Finds and records, in the import's transaction, every claim the new source repeats. */
export async function recordRepeats(tx: Tx, sourceId: string): Promise<number> {
  const pairs = await tx.$queryRaw<(Omit<Pair, "figure"> & { value: number | null; low: number | null; high: number | null; hedge: string | null; hedgeWord: string | null; unit: string | null })[]>`
    SELECT c."id" AS "claimId", cc."entryId", cc."start", cc."end",
           (cc."speakerId" IS NOT NULL AND cc."speakerId" = c."speakerId") AS "sameSpeaker",
           greatest(similarity(cc."text", c."quoteOriginal"),
                    coalesce((SELECT max(similarity(cc."text", t.value)) FROM jsonb_each_text(c."translations") t), 0))::float8 AS "closeness",
           c."figureValue" AS "value", c."figureLow" AS "low", c."figureHigh" AS "high", c."figureHedge"::text AS "hedge", c."figureHedgeWord" AS "hedgeWord", c."figureUnit" AS "unit"
      FROM "ClaimCandidate" cc
      JOIN "Entry" e ON e."id" = cc."entryId" AND e."sourceId" = ${sourceId}
      JOIN "Claim" c ON c."status" <> 'ARCHIVED' AND c."entryId" IS DISTINCT FROM cc."entryId"
     WHERE (cc."speakerId" IS NOT NULL AND cc."speakerId" = c."speakerId" AND c."figureHedge" IS NOT NULL)
        OR similarity(cc."text", c."quoteOriginal") >= ${CLOSE_WORDING}
        OR EXISTS (SELECT 1 FROM jsonb_each_text(c."translations") t WHERE similarity(cc."text", t.value) >= ${CLOSE_WORDING})`;
  if (pairs.length === 0) return 0;
  const figures = await tx.$queryRaw<SpanFigure[]>`
    SELECT f."entryId", f."start", f."end", f."value", f."low", f."high", f."hedge"::text AS "hedge", f."hedgeWord", f."unit"
      FROM "FigureMention" f JOIN "Entry" e ON e."id" = f."entryId"
     WHERE e."sourceId" = ${sourceId} AND f."field" = 'text'`;
  const found = new Map<string, { claimId: string; entryId: string; kind: RepeatKind; figureValue: number | null }>();
  for (const pair of pairs) {
    const figure = pair.hedge ? { value: pair.value, low: pair.low, high: pair.high, hedge: pair.hedge as FigureLike["hedge"], hedgeWord: pair.hedgeWord, unit: pair.unit } : null;
    const judged = judgeRepeat({ ...pair, figure }, figures);
    const key = `${pair.claimId} ${pair.entryId}`;
    // One repeat per claim and entry: a different figure outweighs the rest.
    if (judged && (!found.has(key) || judged.kind === "different-figure")) found.set(key, { claimId: pair.claimId, entryId: pair.entryId, ...judged });
  }
  const repeats = [...found.values()];
  if (repeats.length === 0) return 0;
  await tx.$executeRaw`
    INSERT INTO "ClaimRepeat" ("id", "claimId", "entryId", "kind", "figureValue")
    SELECT gen_random_uuid()::text, claim, entry, kind, value
      FROM unnest(${repeats.map((repeat) => repeat.claimId)}::text[], ${repeats.map((repeat) => repeat.entryId)}::text[],
                  ${repeats.map((repeat) => repeat.kind)}::text[], ${repeats.map((repeat) => repeat.figureValue)}::float8[]) AS t(claim, entry, kind, value)
    ON CONFLICT ("claimId", "entryId") DO NOTHING`;
  return repeats.length;
}
