/**
 * Precision and recall of claim spotting on a labelled set of sentences (the benchmark's and the
 * test's measure): a sentence counts as spotted when a candidate scoring `threshold` or more covers it.
 */
import { extractFigures } from "./numbers";
import { spotCandidates } from "./claim-spotting";

export type Labelled = { language: string; claim: boolean; sentence: string };

export function readLabelled(tsv: string): Labelled[] {
  return tsv
    .split("\n")
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [language, claim, sentence] = line.split("\t");
      return { language, claim: claim === "1", sentence };
    });
}

export function evaluateSpotting(set: Labelled[], threshold = 0.5) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: { sentence: string; expected: boolean; score: number }[] = [];
  for (const item of set) {
    const figures = extractFigures(item.sentence, item.language).map((figure) => ({ ...figure, hedge: figure.hedge }));
    const score = Math.max(0, ...spotCandidates(item.sentence, figures).map((candidate) => candidate.score));
    const spotted = score >= threshold;
    if (spotted && item.claim) truePositives += 1;
    else if (spotted) falsePositives += 1;
    else if (item.claim) falseNegatives += 1;
    if (spotted !== item.claim) misses.push({ sentence: item.sentence, expected: item.claim, score });
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  return { precision, recall, truePositives, falsePositives, falseNegatives, misses };
}
