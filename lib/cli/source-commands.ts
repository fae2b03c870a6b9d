import { readdir, readFile, stat } from "node:fs/promises";
import { inEnglish } from "../errors";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { connectMigratedDatabase } from "../db/connect";
import { createImportQueue, enqueueImports, importOptionsSchema, importProgress, requeueUnfinished, stageInEnglish, startImportQueue, startImportWorker, type ImportSummary } from "../sources/import-jobs";
import { languageSchema } from "../sources/schema";
import { parseSource, toParseJson, type KindOption } from "../sources/parse";
import type { Language } from "../text/language";
import { UsageError } from "./run";
import { getEnv } from "../env";
import { serverOrigins, startWorkers } from "../workers";
import { startPostWorkers } from "../sources/post-workers";

const KINDS: KindOption[] = ["auto", "live-blog", "article", "telegram"];

export function parseKind(value: string | undefined): KindOption {
  if (value === undefined) return "auto";
  if (!KINDS.includes(value as KindOption)) throw new UsageError(`--kind must be one of ${KINDS.join(", ")} (got "${value}").`);
  return value as KindOption;
}

export function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--lang: ${inEnglish(parsed.error.issues[0].message)}`);
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

const IMPORTABLE = /\.(?:txt|md|markdown|html?|json)$/i;

/** Files named, and the importable files inside folders named, in a stable order. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const item of paths) {
    const info = await stat(item).catch(() => null);
    if (!info) throw new UsageError(`There is no file or folder at ${item}.`);
    if (info.isDirectory()) {
      const inside = (await readdir(item, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && IMPORTABLE.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
      if (inside.length === 0) throw new UsageError(`${item} has no .txt, .md, .html or .json files to import.`);
      files.push(...inside);
    } else files.push(item);
  }
  return files;
}

function bar(progress: number): string {
  const width = 24;
  const filled = Math.round((progress / 100) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(progress).padStart(3)}%`;
}

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      outlet: { type: "string" },
      kind: { type: "string" },
      lang: { type: "string" },
      date: { type: "string" },
      url: { type: "string" },
      resume: { type: "boolean" },
    },
    strict: true,
  });
  if (positionals.length === 0 && !values.resume) throw new UsageError("import needs at least one file or folder: npm run -s factlog -- import <files or folder>");
  const files = await expandPaths(positionals);
  const loaded = await Promise.all(files.map(async (file) => ({ name: path.basename(file), bytes: await readSourceFile(file) })));
  const options = { outlet: values.outlet, kind: parseKind(values.kind), language: parseLanguage(values.lang), publishedAt: values.date, url: values.url };
  const parsedOptions = importOptionsSchema.safeParse(options);
  if (!parsedOptions.success) throw new UsageError(`${String(parsedOptions.error.issues[0].path[0] ?? "option")}: ${inEnglish(parsedOptions.error.issues[0].message)}`);

  const database = await connectMigratedDatabase();
  const db = createDb(database.url, { maxConnections: 4 });
  const boss = createImportQueue(database.url);
  const postWork = startPostWorkers();
  try {
    await startImportQueue(boss);
    const ids = [
      ...(values.resume ? await requeueUnfinished({ db, boss }) : []),
      ...(await enqueueImports({ db, boss, actorId: null, files: loaded, options: parsedOptions.data })),
    ];
    if (ids.length === 0) {
      console.log("Nothing to import: no unfinished jobs.");
      return 0;
    }
    const names = new Map(
      (await db.importJob.findMany({ where: { id: { in: ids } }, select: { id: true, fileName: true } })).map((job) => [job.id, job.fileName]),
    );
    const shown = new Map<string, string>();
    const show = ({ importJobId, progress, stage }: { importJobId: string; progress: number; stage: string }) => {
      const line = `${(names.get(importJobId) ?? importJobId).padEnd(32).slice(0, 32)} ${bar(progress)} ${stageInEnglish(stage)}`;
      if (shown.get(importJobId) === line) return;
      shown.set(importJobId, line);
      process.stderr.write(`${line}\n`);
    };
    importProgress.on("progress", show);
    await startImportWorker({ db, boss, postWork });
    // The worker runs here and reports as it goes; the queue is asked only whether all are done.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const open = await db.importJob
        .count({ where: { id: { in: ids }, status: { in: ["QUEUED", "RUNNING"] } } })
        .catch(() => 1); // the embedded database is busy committing; ask again
      if (open === 0) break;
    }
    importProgress.off("progress", show);
    const finished = await db.importJob.findMany({ where: { id: { in: ids } }, select: { fileName: true, status: true, error: true, result: true } });
    const results = finished.flatMap((job) => (job.result ? [job.result as ImportSummary] : []));
    const failed = finished.filter((job) => job.status === "FAILED");
    for (const job of failed) console.error(`factlog: ${job.fileName}: ${job.error ? inEnglish(job.error) : "failed"}`);
    const sum = (key: "entries" | "figures" | "duplicates" | "noise") => results.reduce((total, result) => total + result[key], 0);
    const created = results.filter((result) => result.created).length;
    console.log(
      `Imported ${created} source(s)${results.length - created ? `, ${results.length - created} already imported (unchanged)` : ""}: ` +
        `${sum("entries")} entries, ${sum("figures")} figures; dropped ${sum("duplicates")} repeats and ${sum("noise")} pieces of furniture.` +
        (failed.length ? ` ${failed.length} file(s) failed and were not imported.` : ""),
    );
    return failed.length ? 1 : 0;
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 }).catch(() => {});
    await postWork.close();
    await db.$disconnect();
    await database.close();
  }
}

/** The queue's workers alone (imports, webhook deliveries), for a machine that only runs them. */
export async function workerCommand(): Promise<number> {
  const database = await connectMigratedDatabase();
  const db = createDb(database.url, { maxConnections: 3 });
  const boss = createImportQueue(database.url);
  await startImportQueue(boss);
  await requeueUnfinished({ db, boss });
  const stopSweeping = await startWorkers({ db, boss, ownOrigins: serverOrigins(getEnv()) });
  importProgress.on("progress", ({ importJobId, progress, stage }) => console.log(`${importJobId} ${String(progress).padStart(3)}% ${stageInEnglish(stage)}`));
  console.log("The workers (imports, webhook deliveries) are running; stop them with Ctrl-C.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  stopSweeping();
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
  await db.$disconnect();
  await database.close();
  return 0;
}
