import { refusal, said, storedWords } from "../i18n/refusals";
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "../i18n/messages";
import { describeStage, storedStage, type ImportStage, type StageTranslator } from "./import-stage";
import { EventEmitter } from "node:events";
import PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "../db/client";
import { UserFacingError } from "../errors";
import { languageSchema } from "./schema";
import { createSource } from "./mutations";
import { parseSource, toEntryInput, type ParsedSource } from "./parse";
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
  const ids: string[] = [];
  for (const file of options.files) {
    const job = await options.db.importJob.create({
      data: { fileName: file.name, bytes: Buffer.from(file.bytes), options: parsedOptions.data, createdById: options.actorId, stage: storedStage({ key: "queued" }) },
      select: { id: true },
    });
    await options.boss.send(IMPORT_QUEUE, { importJobId: job.id }, { singletonKey: job.id });
    ids.push(job.id);
  }
  return ids;
}

/** Sends again the jobs that did not finish (a crashed worker, a stopped command). */
export async function requeueUnfinished(options: { db: Db; boss: PgBoss }): Promise<string[]> {
  const jobs = await options.db.importJob.findMany({ where: { status: { in: ["QUEUED", "RUNNING", "FAILED"] } }, select: { id: true } });
  for (const job of jobs) {
    await options.db.importJob.update({ where: { id: job.id }, data: { status: "QUEUED", stage: storedStage({ key: "queued" }), error: null, progress: 0 } });
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

/** The worker's handler: parse, then store whole or not at all. */
export async function runImportJob(options: { db: Db; importJobId: string }): Promise<ImportSummary | null> {
  const { db, importJobId: id } = options;
  const startedAt = new Date();
  const job = await db.importJob.update({
    where: { id },
    data: { status: "RUNNING", startedAt, attempts: { increment: 1 }, progress: 5, stage: storedStage({ key: "reading" }), error: null },
    select: { fileName: true, bytes: true, options: true, createdById: true },
  });
  const settings = importOptionsSchema.parse(job.options);
  let parsed: ParsedSource;
  try {
    parsed = parseSource({ bytes: job.bytes, name: job.fileName, kind: settings.kind, language: settings.language, address: settings.url });
    if (parsed.entries.length === 0) throw new UserFacingError(refusal("sources.nothingLeft", { name: job.fileName }));
  } catch (error) {
    // A file that cannot be read will not read better on a retry: fail for good, with the reason.
    if (error instanceof UserFacingError) {
      await db.importJob.update({ where: { id }, data: { status: "FAILED", error: storedWords(error), stage: storedStage({ key: "unreadable" }), finishedAt: new Date() } });
      return null;
    }
    throw error;
  }
  await report(db, id, 30, { key: "saving", entries: parsed.entries.length });
  const publishedAt = settings.publishedAt ? new Date(`${settings.publishedAt}T00:00:00Z`) : parsed.source.publishedAt;
  try {
    const result = await createSource({
      db,
      actorId: job.createdById,
      input: {
        title: settings.title ?? parsed.source.title,
        outlet: settings.outlet ? { name: settings.outlet } : null,
        kind: KIND_FOR_SOURCE[parsed.source.kind],
        url: settings.url ?? null,
        language: settings.language ?? parsed.source.language,
        publishedAt,
        rawText: parsed.raw,
        dropped: parsed.droppedItems,
        // Figures and spotted statements found in the same pass, stored in the same transaction as the entries.
        entries: parsed.entries.map((entry) => toEntryInput(entry, newsroomTimeZone())),
      },
      onProgress: (written, total) => report(db, id, 30 + (65 * written) / Math.max(total, 1), { key: "saved", written, total }, { bestEffort: true }),
    });
    const summary: ImportSummary = {
      sourceId: result.id,
      created: result.created,
      title: settings.title ?? parsed.source.title,
      entries: result.entries,
      figures: result.figures,
      duplicates: result.created ? parsed.dropped.duplicates + result.duplicatesAcrossSources : 0,
      noise: result.created ? parsed.dropped.noise : 0,
    };
    const done = storedStage({ key: result.created ? "imported" : "unchanged" });
    importProgress.emit("progress", { importJobId: id, progress: 100, stage: done });
    await db.importJob.update({
      where: { id },
      data: {
        status: "DONE",
        progress: 100,
        stage: done,
        sourceId: result.id,
        result: summary,
        finishedAt: new Date(),
      },
    });
    await recordImportEvents({ db, importJobId: id, summary, since: startedAt });
    return summary;
  } catch (error) {
    const message = error instanceof UserFacingError ? storedWords(error) : said("sources.importFailed", { detail: (error as Error).message });
    await db.importJob.update({ where: { id }, data: { status: "FAILED", error: message, stage: storedStage({ key: "failed" }), finishedAt: new Date() } });
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

export async function startImportWorker(options: { db: Db; boss: PgBoss }): Promise<string> {
  return options.boss.work<{ importJobId: string }>(IMPORT_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
    await runImportJob({ db: options.db, importJobId: job.data.importJobId });
  });
}
