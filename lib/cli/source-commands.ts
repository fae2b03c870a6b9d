import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { languageSchema } from "../sources/schema";
import { parseSource, toParseJson, type KindOption } from "../sources/parse";
import type { Language } from "../text/language";
import { UsageError } from "./run";

const KINDS: KindOption[] = ["auto", "live-blog", "article", "telegram"];

export function parseKind(value: string | undefined): KindOption {
  if (value === undefined) return "auto";
  if (!KINDS.includes(value as KindOption)) throw new UsageError(`--kind must be one of ${KINDS.join(", ")} (got "${value}").`);
  return value as KindOption;
}

export function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--lang: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

export async function readSourceFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`There is no file at ${file}.`);
    if (code === "EISDIR") throw new UsageError(`${file} is a folder; parse takes one file (import takes folders).`);
    if (code === "EACCES") throw new UsageError(`${file} cannot be read: permission denied.`);
    throw error;
  }
}

export async function parseCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kind: { type: "string" }, lang: { type: "string" }, json: { type: "boolean" } },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError("parse takes exactly one file: npm run -s factlog -- parse <file> --json");
  const file = positionals[0];
  const parsed = parseSource({ bytes: await readSourceFile(file), name: path.basename(file), kind: parseKind(values.kind), language: parseLanguage(values.lang) });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(toParseJson(parsed))}\n`);
    return;
  }
  const figures = parsed.entries.reduce((sum, entry) => sum + entry.figures.length, 0);
  console.log(`${parsed.source.title}\n${parsed.source.kind.toLowerCase()}, ${parsed.source.language}, published ${parsed.source.publishedAt ?? "(date not in the document)"}`);
  for (const entry of parsed.entries) {
    const figureList = entry.figures.map((figure) => `${figure.text}=${figure.value ?? figure.hedge}`).join("; ");
    console.log(`\n#${entry.ordinal} [${entry.postedAt ?? "--:--"}] (${entry.language})${entry.headline ? ` ${entry.headline} —` : ""} ${entry.text}${figureList ? `\n    figures: ${figureList}` : ""}`);
  }
  console.log(`\n${parsed.entries.length} entries, ${figures} figures; dropped ${parsed.dropped.duplicates} repeats and ${parsed.dropped.noise} pieces of furniture.`);
}

export async function importCommand(args: string[]): Promise<void> {
  void args;
  throw new UsageError("import is not available yet.");
}
