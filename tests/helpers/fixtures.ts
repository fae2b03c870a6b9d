import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/sources");

export function fixture(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}

/** The shared corpus of real news texts beside the project (../shared/corpus), else the fixtures. */
const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");

/** The corpus documents (text, HTML, JSON, Markdown), in name order: the seeds of the benchmarks' synthetic sources. */
export function corpusDocuments(): { name: string; bytes: Buffer }[] {
  const dir = existsSync(CORPUS) ? CORPUS : FIXTURES;
  return readdirSync(dir)
    .filter((name) => /\.(txt|html|json|md)$/.test(name) && name !== "README.md")
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
}
