// Claim spotting (issue 17): precision and recall on the project's labelled set, candidates per
// 100 entries over the five corpus documents, and what spotting adds to the importer's time.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { spotCandidates } from "../../lib/text/claim-spotting";
import { evaluateSpotting, readLabelled } from "../../lib/text/claim-spotting-eval";
import { parseSource } from "../../lib/sources/parse";
import { FIXTURES } from "../helpers/fixtures";
import { ROOT } from "../helpers/served-app";

const CORPUS = path.resolve(ROOT, "../shared/corpus");
const ROUNDS = 20;

export async function benchSpotting(): Promise<string[]> {
  const set = readLabelled(readFileSync(path.join(ROOT, "tests/fixtures/claim-spotting/labelled.tsv"), "utf8"));
  const quality = evaluateSpotting(set, 0.5);
  const byLanguage = ["ky", "ru", "en"].map((language) => {
    const result = evaluateSpotting(set.filter((item) => item.language === language), 0.5);
    return `${language} ${result.precision.toFixed(2)} / ${result.recall.toFixed(2)}`;
  });

  // Written after the rules were, and never used to tune them: the honest measure of unseen text.
  const heldOut = evaluateSpotting(readLabelled(readFileSync(path.join(ROOT, "tests/fixtures/claim-spotting/held-out.tsv"), "utf8")), 0.5);
  const heldOutSize = heldOut.truePositives + heldOut.falsePositives + heldOut.falseNegatives;

  const dir = existsSync(CORPUS) ? CORPUS : FIXTURES;
  const documents = readdirSync(dir).filter((name) => /\.(txt|html|json|md)$/.test(name) && name !== "README.md").sort().map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
  const parsed = documents.map((document) => parseSource({ bytes: document.bytes, name: document.name }));
  const entries = parsed.flatMap((source) => source.entries);
  const offered = entries.reduce((sum, entry) => sum + entry.candidates.filter((candidate) => candidate.score >= 0.5).length, 0);

  // Spotting's share: the whole parse (which spots) against spotting alone on the same entries.
  let parseMs = 0;
  let spotMs = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    let started = performance.now();
    for (const document of documents) parseSource({ bytes: document.bytes, name: document.name });
    parseMs += performance.now() - started;
    started = performance.now();
    for (const entry of entries) spotCandidates(entry.text, entry.figures.filter((figure) => figure.field === "text"));
    spotMs += performance.now() - started;
  }
  const share = spotMs / Math.max(1e-9, parseMs - spotMs);
  return [
    `| claim spotting on the labelled set (${set.length} sentences, ky/ru/en), score ≥ 0.5: precision / recall (goal ≥ 0.6 / ≥ 0.85) | ${quality.precision.toFixed(2)} / ${quality.recall.toFixed(2)} (${byLanguage.join("; ")}) |`,
    `| the same on a held-out set written after the rules, never tuned on (61 sentences, ky/ru/en): precision / recall | ${heldOut.precision.toFixed(2)} / ${heldOut.recall.toFixed(2)} (${heldOut.falseNegatives} claims missed, ${heldOut.falsePositives} false alarms; ${heldOutSize} decisions that count) |`,
    `| candidates scoring ≥ 0.5 per 100 entries, over the ${documents.length} corpus documents (${entries.length} entries) | ${((offered / Math.max(1, entries.length)) * 100).toFixed(1)} |`,
    `| time spotting adds to parsing (goal: at most 15% of an import, of which parsing is a part) | ${(share * 100).toFixed(1)}% (${(spotMs / ROUNDS).toFixed(1)} ms of ${(parseMs / ROUNDS).toFixed(1)} ms a pass) |`,
  ];
}
