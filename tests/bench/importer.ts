// Importer benchmarks (issue 3): the five corpus files imported into PostgreSQL; a ~100 MB
// synthetic corpus made from them with varied text, parsed, beside the physical limit measured
// in the same run (decoding the same bytes and splitting them into lines); import throughput.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { enqueueImports, runImportJob, createImportQueue, startImportQueue, startImportWorker, IMPORT_QUEUE, type ImportSummary } from "../../lib/sources/import-jobs";
import { formParts } from "../../lib/sources/form-parts";
import { parseSource } from "../../lib/sources/parse";
import { storeUpload } from "../../lib/sources/upload";
import { channelBatchesBy } from "../../lib/sources/parse-channel";
import { startPostWorkers } from "../../lib/sources/post-workers";
import { corpusDocuments } from "../helpers/fixtures";
import { createTestDatabase } from "../helpers/test-database";
import { telegramExport } from "./telegram-export";

/** A deterministic pseudo-random generator, so every run parses the same synthetic corpus. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Varies a document: other numbers, other times, sentences in another order within lines. */
function vary(text: string, next: () => number): string {
  return text
    .split("\n")
    .map((line) => {
      const varied = line
        .replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + next())))).slice(0, digits.length + 1))
        .replace(/\b([01]\d|2[0-3]):([0-5]\d)\b/g, () => `${String(Math.floor(next() * 24)).padStart(2, "0")}:${String(Math.floor(next() * 60)).padStart(2, "0")}`);
      const sentences = varied.split(/(?<=[.!?]) /);
      return next() < 0.3 ? sentences.reverse().join(" ") : sentences.join(" ");
    })
    .join("\n");
}

export function syntheticCorpus(targetBytes: number, seed = 42): { name: string; bytes: Buffer }[] {
  const seeds = corpusDocuments().filter((document) => document.name.endsWith(".txt"));
  const next = random(seed);
  const documents: { name: string; bytes: Buffer }[] = [];
  let total = 0;
  for (let index = 0; total < targetBytes; index += 1) {
    const seed = seeds[index % seeds.length];
    const bytes = Buffer.from(vary(seed.bytes.toString("utf8"), next));
    documents.push({ name: `synthetic-${index}-${seed.name}`, bytes });
    total += bytes.length;
  }
  return documents;
}

function peakRss<T>(work: () => T): { result: T; peakMb: number; baselineMb: number } {
  const baselineMb = process.memoryUsage().rss / 2 ** 20;
  let peak = baselineMb;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20)), 20);
  try {
    const result = work();
    peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20);
    return { result, peakMb: peak, baselineMb };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The desk receiving a channel's export as an upload (POST /api/imports's storeUpload): sent by
 * another process over HTTP, as a browser sends it, and measured in this one (time, peak resident
 * memory above the start). Beside it, in the same run: the same upload received and dropped (the
 * limit), and read whole as a form, the way uploads were read before session 15.
 */
async function benchUpload(db: Db, file: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "factlog-bench-upload-"));
  const filePath = path.join(dir, "result.json");
  await writeFile(filePath, file);
  let receive: (request: Request) => Promise<unknown> = async () => undefined;
  let measured = { seconds: 0, peakMb: 0 };
  const server = createServer(async (incoming, response) => {
    const request = new Request(`http://127.0.0.1${incoming.url}`, { method: "POST", headers: incoming.headers as Record<string, string>, body: Readable.toWeb(incoming) as ReadableStream, duplex: "half" } as RequestInit);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const began = performance.now();
    try {
      await receive(request);
      measured = { seconds: (performance.now() - began) / 1000, peakMb: (Math.max(peak, process.memoryUsage().rss) - before) / 1e6 };
      response.end("ok");
    } catch (error) {
      response.statusCode = 500;
      response.end(String(error));
    } finally {
      clearInterval(timer);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/imports`;
  // The sender: another Node.js process posting the file from disk as a multipart form.
  const send = () =>
    promisify(execFile)(process.execPath, ["-e", `const fs = require("node:fs"); fs.openAsBlob(${JSON.stringify(filePath)}).then(async (blob) => { const form = new FormData(); form.append("files", blob, "result.json"); const answer = await fetch(${JSON.stringify(url)}, { method: "POST", body: form }); if (!answer.ok) throw new Error(await answer.text()); })`]);
  const run = async (work: (request: Request) => Promise<unknown>) => {
    receive = work;
    global.gc?.();
    await send();
    return measured;
  };
  try {
    const dropped = await run(async (request) => {
      for await (const part of formParts(request, {})) if ("file" in part) part.file.stream.resume();
    });
    const stored = await run(async (request) => {
      const result = await storeUpload(request, { db, actorId: null });
      if (!result.ok) throw new Error(result.message);
    });
    const whole = await run(async (request) => ((await request.formData()).get("files") as File).arrayBuffer());
    const mb = (file.length / 2 ** 20).toFixed(1);
    return [
      `| that export (${mb} MB) uploaded to the desk from another process, stored as it arrives (POST /api/imports): time, peak RSS above the start | ${stored.seconds.toFixed(2)} s, ${stored.peakMb.toFixed(0)} MB |`,
      `| the limit, same run: the same upload received and dropped; and read whole as a form (as before session 15) | ${dropped.seconds.toFixed(2)} s, ${dropped.peakMb.toFixed(0)} MB; read whole ${whole.seconds.toFixed(2)} s, ${whole.peakMb.toFixed(0)} MB (not stored) |`,
    ];
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchImporter(): Promise<string[]> {
  const lines: string[] = [];
  const serverUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  process.env.DATABASE_URL = serverUrl;

  // 1. The five corpus files, through the queue's job runner into PostgreSQL.
  const seeds = corpusDocuments();
  const database = await createTestDatabase("benchimport");
  try {
    await applyMigrations({ url: database.url });
    const db = createDb(database.url, { maxConnections: 4 });
    const boss = createImportQueue(database.url);
    await startImportQueue(boss);
    let start = performance.now();
    const ids = await enqueueImports({ db, boss, actorId: null, files: seeds });
    let entries = 0;
    let figures = 0;
    for (const id of ids) {
      const summary = await runImportJob({ db, importJobId: id });
      entries += summary?.entries ?? 0;
      figures += summary?.figures ?? 0;
    }
    const seedMs = performance.now() - start;
    lines.push(`| import of the ${seeds.length} corpus files (${(seeds.reduce((sum, seed) => sum + seed.bytes.length, 0) / 1024).toFixed(0)} KB) into PostgreSQL | ${(seedMs / 1000).toFixed(2)} s: ${entries} entries, ${figures} figures |`);

    // 3. Import throughput on synthetic documents (distinct text, so nothing is a repeat).
    const batch = syntheticCorpus(8 * 2 ** 20);
    start = performance.now();
    const batchIds = await enqueueImports({ db, boss, actorId: null, files: batch });
    let imported = 0;
    for (const id of batchIds) imported += (await runImportJob({ db, importJobId: id }))?.entries ?? 0;
    const importSeconds = (performance.now() - start) / 1000;
    lines.push(`| import throughput into PostgreSQL (${batch.length} synthetic documents, 8 MB, parse included) | ${(imported / importSeconds).toFixed(0)} entries/s (${imported} entries in ${importSeconds.toFixed(1)} s) |`);
    // The same through the queue's worker, as `npm start` runs it (other documents, so none is a repeat).
    const queued = syntheticCorpus(8 * 2 ** 20, 43);
    start = performance.now();
    const queuedIds = await enqueueImports({ db, boss, actorId: null, files: queued });
    await startImportWorker({ db, boss });
    let finished: { status: string; result: unknown }[] = [];
    for (; finished.length < queuedIds.length; await new Promise((resolve) => setTimeout(resolve, 50))) {
      finished = await db.importJob.findMany({ where: { id: { in: queuedIds }, status: { in: ["DONE", "FAILED"] } }, select: { status: true, result: true } });
    }
    const queuedSeconds = (performance.now() - start) / 1000;
    const queuedEntries = finished.reduce((sum, job) => sum + ((job.result as ImportSummary | null)?.entries ?? 0), 0);
    await boss.offWork(IMPORT_QUEUE);
    lines.push(`| the same through the queue's worker, as \`npm start\` runs it (${queued.length} other synthetic documents, 8 MB; upload to last job done) | ${(queuedEntries / queuedSeconds).toFixed(0)} entries/s (${queuedEntries} entries in ${queuedSeconds.toFixed(1)} s, ${finished.filter((job) => job.status === "FAILED").length} failed) |`);

    // 4. A channel's Telegram Desktop export (result.json) of 100,000 messages (about 150 MB), through
    // the job as the queue's worker runs it: read as a stream, parsed by the parse workers (one per
    // core), each batch written while the next is parsed.
    const messages = 100_000;
    const postWork = startPostWorkers();
    const channel = Buffer.from(telegramExport(messages));
    const [channelJob] = await enqueueImports({ db, boss, actorId: null, files: [{ name: "result.json", bytes: channel }] });
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    start = performance.now();
    const channelSummary = await runImportJob({ db, importJobId: channelJob, postWork });
    const channelSeconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    // The parse alone, for the same bytes: by the parse workers, and on this thread alone.
    start = performance.now();
    const byWorkers = channelBatchesBy({ bytes: channel, name: "result.json" }, postWork);
    for (let step = await byWorkers.next(); !step.done; step = await byWorkers.next());
    const workersSeconds = (performance.now() - start) / 1000;
    await postWork.close();
    start = performance.now();
    const parsedAlone = parseSource({ bytes: channel, name: "result.json" }).entries.length;
    const parseSeconds = (performance.now() - start) / 1000;
    lines.push(
      `| a channel's Telegram Desktop export through the import job: ${messages.toLocaleString("en-GB")} messages, ${(channel.length / 2 ** 20).toFixed(1)} MB | ${channelSeconds.toFixed(1)} s: ${channelSummary?.entries.toLocaleString("en-GB")} entries (the rest repeats), ${Math.round(messages / channelSeconds).toLocaleString("en-GB")} messages/s; peak RSS ${((peak - before) / 1e6).toFixed(0)} MB above the start (the file itself included); its parse alone ${workersSeconds.toFixed(1)} s by the parse workers, ${parseSeconds.toFixed(1)} s on one thread (${parsedAlone.toLocaleString("en-GB")} entries) |`,
    );
    // The database's own limit for those entries: the same rows written again by one INSERT … SELECT
    // inside PostgreSQL (search vector computed, every index updated), no client in between.
    await db.$executeRaw`INSERT INTO "Source" ("id", "title", "kind", "language", "rawText", "contentHash") VALUES ('bench-copy', 'copy', 'SOCIAL_POST', 'ru', 'copy', md5(random()::text))`;
    start = performance.now();
    const copied = await db.$executeRaw`
      INSERT INTO "Entry" ("id", "sourceId", "ordinal", "postedAt", "headline", "text", "language", "contentHash")
        SELECT "id" || '-copy', 'bench-copy', "ordinal", "postedAt", "headline", "text", "language", "contentHash" FROM "Entry" WHERE "sourceId" = ${channelSummary?.sourceId ?? ""}`;
    const copySeconds = (performance.now() - start) / 1000;
    lines.push(`| the limit, same run: the same ${copied.toLocaleString("en-GB")} entries written again inside PostgreSQL (INSERT … SELECT: search vector and indexes, no client) | ${Math.round(copied / copySeconds).toLocaleString("en-GB")} entries/s (${copySeconds.toFixed(1)} s); the import stores ${Math.round((channelSummary?.entries ?? 0) / channelSeconds).toLocaleString("en-GB")} entries/s, parse included |`);
    lines.push(...(await benchUpload(db, channel)));
    await boss.stop({ graceful: false, wait: true });
    await db.$disconnect();
  } finally {
    await database.drop();
  }

  // 2. Parse throughput on ~100 MB, beside reading the same bytes and splitting them into lines.
  const corpus = syntheticCorpus(100 * 2 ** 20);
  const megabytes = corpus.reduce((sum, document) => sum + document.bytes.length, 0) / 2 ** 20;
  let start = performance.now();
  let lineCount = 0;
  for (const document of corpus) lineCount += new TextDecoder().decode(document.bytes).split("\n").length;
  const limitSeconds = (performance.now() - start) / 1000;
  global.gc?.();
  start = performance.now();
  const { result: parsedEntries, peakMb, baselineMb } = peakRss(() => {
    let count = 0;
    for (const document of corpus) count += parseSource({ bytes: document.bytes, name: document.name }).entries.length;
    return count;
  });
  const parseSeconds = (performance.now() - start) / 1000;
  const parseRate = megabytes / parseSeconds;
  const limitRate = megabytes / limitSeconds;
  lines.push(`| parse of a ${megabytes.toFixed(0)} MB synthetic corpus (${corpus.length} documents, ${parsedEntries} entries) | ${parseRate.toFixed(2)} MB/s; peak RSS ${peakMb.toFixed(0)} MB (${(peakMb - baselineMb).toFixed(0)} MB above the ${baselineMb.toFixed(0)} MB holding the corpus) |`);
  lines.push(`| the physical limit, same run: decode the same bytes and split into lines (${lineCount} lines) | ${limitRate.toFixed(0)} MB/s; parse runs at ${((100 * parseRate) / limitRate).toFixed(2)}% of it |`);
  return lines;
}
