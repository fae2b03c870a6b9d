import { refusal, said, storedWords } from "../i18n/refusals";
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "../i18n/messages";
import { describeStage, storedStage, type ImportStage, type StageTranslator } from "./import-stage";
import { EventEmitter } from "node:events";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "../db/client";
import { workWithoutPauses } from "../queue-work";
import { jobFile } from "./job-file";
import { JobUpload } from "./job-upload";
import type { Prisma } from "../db/generated/client";
import { UserFacingError } from "../errors";
import { languageSchema } from "./schema";
import { createSource, createSourceInBatches, type CreateSourceResult, type SourceFieldsInput } from "./mutations";
import { parseSource, toEntryInput, type ParsedEntry, type ParsedSource, type ParsedSummary } from "./parse";
import { channelBatchesBy, inTurns, type PostWork } from "./parse-channel";
import { fileLabel, isTelegramExport, SourceFormatError } from "./formats";
import { exportOriginal } from "./telegram-export";
import type { EntryInput } from "./schema";
import { recordWebhookEvents } from "../webhooks/events";
import { newsroomTimeZone } from "../site";

/**
 * Imports run as jobs in a PostgreSQL-backed queue (pg-boss): a web request or the command
 * line stores the file in ImportJob and enqueues its id; a worker parses it and writes the
 * source in one transaction, reporting progress in ImportJob as it goes. A crash leaves
 * nothing half-written (the transaction rolls back) and pg-boss retries the job.
 */
export const IMPORT_QUEUE = "import-source";

export const importOptionsSchema = z.object({
  outlet: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(["auto", "live-blog", "article", "telegram"]).default("auto"),
  language: languageSchema.optional(),
  publishedAt: z.iso.date({ message: said("sources.dateFormat") }).optional(),
  url: z.url({ message: said("sources.url") }).optional(),
  title: z.string().trim().min(1).max(300).optional(),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

export type ImportSummary = {
  sourceId: string;
  created: boolean;
  title: string;
  entries: number;
  figures: number;
  duplicates: number;
  noise: number;
};

const KIND_FOR_SOURCE = { LIVE_BLOG: "LIVE_BLOG", ARTICLE: "ARTICLE", SOCIAL_POST: "SOCIAL_POST" } as const;

export function createImportQueue(url: string): PgBoss {
  const boss = new PgBoss({ connectionString: url, max: 3, schema: "pgboss" });
  boss.on("error", (error) => console.error(`import queue: ${error.message}`));
  return boss;
}

export async function startImportQueue(boss: PgBoss): Promise<void> {
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, retryLimit: 3, retryDelay: 2, expireInSeconds: 15 * 60 });
}

export async function enqueueImports(options: {
  db: Db;
  boss: PgBoss;
  actorId: string | null;
  files: { name: string; bytes: Uint8Array }[];
  options?: ImportOptions;
}): Promise<string[]> {
  const parsedOptions = importOptionsSchema.safeParse(options.options ?? {});
  if (!parsedOptions.success) throw new UserFacingError(parsedOptions.error.issues[0].message);
  const ids = await JobUpload.store(options.db, async (upload) => {
    for (const file of options.files) await upload.add(file.name, [file.bytes], Infinity);
    return upload.finish({ actorId: options.actorId, options: parsedOptions.data });
  });
  return sendJobs(options.boss, ids);
}

/** Queues the stored jobs; returns their ids. */
export async function sendJobs(boss: PgBoss, ids: string[]): Promise<string[]> {
  for (const id of ids) await boss.send(IMPORT_QUEUE, { importJobId: id }, { singletonKey: id });
  return ids;
}

/** Changes a job's state; only its id comes back, never the file's bytes (up to 200 MB). */
async function setJob(db: Db, id: string, data: Prisma.ImportJobUncheckedUpdateInput): Promise<void> {
  await db.importJob.update({ where: { id }, data, select: { id: true } });
}

/** Sends again the jobs that did not finish (a crashed worker, a stopped command). */
export async function requeueUnfinished(options: { db: Db; boss: PgBoss }): Promise<string[]> {
  const jobs = await options.db.importJob.findMany({ where: { status: { in: ["QUEUED", "RUNNING", "FAILED"] } }, select: { id: true } });
  for (const job of jobs) {
    await setJob(options.db, job.id, { status: "QUEUED", stage: storedStage({ key: "queued" }), error: null, progress: 0 });
    await options.boss.send(IMPORT_QUEUE, { importJobId: job.id });
  }
  return jobs.map((job) => job.id);
}

const englishStages = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "desk.importStage" }) as unknown as StageTranslator;

/** An import job's stage in English, as the command line and the desk's API say it. */
export function stageInEnglish(stage: string | null): string {
  return describeStage(englishStages, stage);
}

/** `stage`: as stored (lib/sources/import-stage.ts); put it in words with describeStage. */
export type ImportProgress = { importJobId: string; progress: number; stage: string };

/** Progress as it happens, for a worker running in this process (the command line listens). */
export const importProgress = new EventEmitter<{ progress: [ImportProgress] }>();

/**
 * Reports progress in this process at once and in ImportJob for other processes. While the
 * source's transaction is open the stored copy is best-effort: the embedded PostgreSQL serves
 * one session at a time, so a second connection would wait for the commit, and a progress
 * bar must never fail an import.
 */
async function report(db: Db, id: string, progress: number, step: ImportStage, options: { bestEffort?: boolean } = {}): Promise<void> {
  const stage = storedStage(step);
  importProgress.emit("progress", { importJobId: id, progress: Math.round(progress), stage });
  // Only forward, and only while running: a late progress write must not undo "Imported".
  const write = db.importJob.updateMany({ where: { id, status: "RUNNING", progress: { lte: Math.round(progress) } }, data: { progress: Math.round(progress), stage } });
  if (options.bestEffort) void write.catch(() => {});
  else await write;
}

type ImportJobRow = { fileName: string; bytes: Uint8Array; createdById: string | null };
type Settings = z.output<typeof importOptionsSchema>;
type Stored = { result: CreateSourceResult; dropped: ParsedSummary["dropped"] };

/** The source's fields from what the parse found, with what the editor set instead. */
function fieldsOf(settings: Settings, source: ParsedSource["source"], dropped: ParsedSource["droppedItems"]): SourceFieldsInput {
  return {
    title: settings.title ?? source.title,
    outlet: settings.outlet ? { name: settings.outlet } : null,
    kind: KIND_FOR_SOURCE[source.kind],
    url: settings.url ?? null,
    language: settings.language ?? source.language,
    publishedAt: settings.publishedAt ? new Date(`${settings.publishedAt}T00:00:00Z`) : source.publishedAt,
    dropped,
  };
}

const readOptions = (job: ImportJobRow, settings: Settings) => ({ bytes: job.bytes, name: job.fileName, kind: settings.kind, language: settings.language, address: settings.url });
const nothingLeft = (job: ImportJobRow) => new SourceFormatError(refusal("sources.nothingLeft", { name: job.fileName }));

/** Any file but a channel's export: parsed whole, then stored in one transaction. */
async function importWhole(db: Db, id: string, job: ImportJobRow, settings: Settings): Promise<Stored> {
  const parsed = parseSource(readOptions(job, settings));
  if (parsed.entries.length === 0) throw nothingLeft(job);
  await report(db, id, 30, { key: "saving", entries: parsed.entries.length });
  const result = await createSource({
    db,
    actorId: job.createdById,
    // Only a Telegram export is without its text (its bytes are its original), and it is not read here.
    input: { ...fieldsOf(settings, parsed.source, parsed.droppedItems), rawText: parsed.raw ?? "", entries: parsed.entries.map((entry) => toEntryInput(entry, newsroomTimeZone())) },
    onProgress: (written, total) => report(db, id, 30 + (65 * written) / Math.max(total, 1), { key: "saved", written, total }, { bestEffort: true }),
  });
  return { result, dropped: parsed.dropped };
}

/** Entries a write takes at once; the parse hands them on a few at a time. */
const WRITE_BATCH = 5000;
// The first batch is written as soon as this many are parsed: the database starts sooner.
const FIRST_WRITE = 1000;
const PARSE_STEP = 200;
// An export smaller than this is parsed on the import's own thread: starting the parse workers would cost more.
const WORKERS_FROM = 4 * 2 ** 20;

/**
 * A channel's Telegram Desktop export: read as a stream and stored a batch at a time, in one
 * transaction, each batch written by PostgreSQL while the next is parsed by `work` (the parse
 * workers on the other cores, or this thread a chunk per turn of the event loop, so the database's
 * replies come in between). The first entries are read before the transaction, so a file that
 * breaks at once fails without waiting for other imports.
 */
async function importExport(db: Db, id: string, job: ImportJobRow, settings: Settings, work: PostWork): Promise<Stored> {
  let read = 0;
  const options = { ...readOptions(job, settings), batchSize: PARSE_STEP, onRead: (fraction: number) => (read = fraction) };
  const run = channelBatchesBy(options, work);
  const first = await run.next();
  if (first.done) throw nothingLeft(job);
  const firstDate = first.value.find((entry) => entry.publishedAt)?.publishedAt?.toISOString() ?? null;
  const provisional = { title: fileLabel(job.fileName), language: "und", publishedAt: firstDate, kind: "SOCIAL_POST", format: "telegram-json", encoding: "utf-8" } as const;
  let dropped: ParsedSummary["dropped"] = { duplicates: 0, noise: 0 };
  const batches = (async function* (): AsyncGenerator<EntryInput[], SourceFieldsInput> {
    let batch: EntryInput[] = [];
    let size = FIRST_WRITE;
    let step: IteratorResult<ParsedEntry[], ParsedSummary> = first;
    for (; !step.done; step = await run.next()) {
      for (const entry of step.value) batch.push(toEntryInput(entry, newsroomTimeZone()));
      if (batch.length >= size) {
        yield batch;
        batch = [];
        size = WRITE_BATCH;
      }
    }
    if (batch.length) yield batch;
    dropped = step.value.dropped;
    return fieldsOf(settings, step.value.source, step.value.droppedItems);
  })();
  const original = exportOriginal(job.bytes, fileLabel(job.fileName));
  const result = await createSourceInBatches({
    db,
    actorId: job.createdById,
    original: typeof original === "string" ? original : { importJobId: id, sha256: createHash("sha256").update(original).digest("hex") },
    fields: fieldsOf(settings, provisional, []),
    batches,
    onProgress: (written) => report(db, id, 30 + 65 * read, { key: "streaming", written, percent: Math.round(100 * read) }, { bestEffort: true }),
  });
  return { result, dropped };
}

/** The worker's handler: parse (a large channel export with `postWork`'s threads), then store whole or not at all. */
export async function runImportJob(options: { db: Db; importJobId: string; postWork?: PostWork }): Promise<ImportSummary | null> {
  const { db, importJobId: id } = options;
  const startedAt = new Date();
  const started = await db.importJob.update({
    where: { id },
    data: { status: "RUNNING", startedAt, attempts: { increment: 1 }, progress: 5, stage: storedStage({ key: "reading" }), error: null },
    select: { fileName: true, options: true, createdById: true },
  });
  // A large channel export is parsed by the parse workers, started while its file is read.
  let work: PostWork = inTurns;
  const job = {
    ...started,
    bytes: await jobFile(db, id, (size) => {
      if (options.postWork && size >= WORKERS_FROM && isTelegramExport(started.fileName)) (work = options.postWork).warm();
    }),
  };
  const settings = importOptionsSchema.parse(job.options);
  try {
    const { result, dropped } = isTelegramExport(job.fileName) ? await importExport(db, id, job, settings, work) : await importWhole(db, id, job, settings);
    const summary: ImportSummary = {
      sourceId: result.id,
      created: result.created,
      title: result.title,
      entries: result.entries,
      figures: result.figures,
      duplicates: result.created ? dropped.duplicates + result.duplicatesAcrossSources : 0,
      noise: result.created ? dropped.noise : 0,
    };
    const done = storedStage({ key: result.created ? "imported" : "unchanged" });
    importProgress.emit("progress", { importJobId: id, progress: 100, stage: done });
    // The file goes once it is in: the source keeps its text (and a 200 MB file need not be kept twice).
    await setJob(db, id, { status: "DONE", progress: 100, stage: done, sourceId: result.id, result: summary, finishedAt: new Date(), bytes: new Uint8Array(0) });
    await recordImportEvents({ db, importJobId: id, summary, since: startedAt });
    return summary;
  } catch (error) {
    // A file that cannot be read will not read better on a retry: fail for good, with the reason.
    if (error instanceof SourceFormatError) {
      await setJob(db, id, { status: "FAILED", error: storedWords(error), stage: storedStage({ key: "unreadable" }), finishedAt: new Date() });
      return null;
    }
    const message = error instanceof UserFacingError ? storedWords(error) : said("sources.importFailed", { detail: (error as Error).message });
    await setJob(db, id, { status: "FAILED", error: message, stage: storedStage({ key: "failed" }), finishedAt: new Date() });
    if (error instanceof UserFacingError) return null;
    throw error;
  }
}

/** Webhook events of a finished import (lib/webhooks): import.finished, and repeat.found for each repeat it turned up. */
async function recordImportEvents(options: { db: Db; importJobId: string; summary: ImportSummary; since: Date }) {
  await options.db.$transaction(async (tx) => {
    await recordWebhookEvents(tx, "import.finished", async () => [{ importJobId: options.importJobId, ...options.summary }]);
    await recordWebhookEvents(tx, "repeat.found", async () => {
      const repeats = await tx.claimRepeat.findMany({
        where: { entry: { sourceId: options.summary.sourceId }, createdAt: { gte: options.since } },
        select: { id: true, kind: true, figureValue: true, claim: { select: { id: true, slug: true, statement: true } }, entry: { select: { id: true, ordinal: true, text: true } } },
      });
      return repeats.map((repeat) => ({ repeat, sourceId: options.summary.sourceId }));
    });
  });
}

/**
 * The queue's worker: one import at a time, so each import's look for repeats sees every import
 * before it (de-duplication across imports stays exact), and the next as soon as one is done.
 */
export async function startImportWorker(options: { db: Db; boss: PgBoss; postWork?: PostWork }): Promise<string> {
  return workWithoutPauses(options.boss, (eachJob) =>
    options.boss.work<{ importJobId: string }>(
      IMPORT_QUEUE,
      { pollingIntervalSeconds: 0.5, batchSize: 1 },
      eachJob(async ([job]) => {
        await runImportJob({ db: options.db, importJobId: job.data.importJobId, postWork: options.postWork });
      }),
    ),
  );
}
