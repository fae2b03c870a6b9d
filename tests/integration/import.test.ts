import { inEnglish } from "@/lib/errors";
import { storedStage } from "@/lib/sources/import-stage";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { attributionOf } from "../../lib/claims/attribution";
import { newsroomTimeZone } from "../../lib/site";
import { instantIn } from "../../lib/text/dates";
import { createSource, createSourceInBatches } from "../../lib/sources/mutations";
import { createImportQueue, enqueueImports, importProgress, runImportJob, startImportQueue, startImportWorker, type ImportProgress } from "../../lib/sources/import-jobs";
import { MAX_SOURCE_BYTES } from "../../lib/sources/formats";
import { parseSource } from "../../lib/sources/parse";
import { startPostWorkers } from "../../lib/sources/post-workers";
import { telegramExportOver } from "../bench/telegram-export";
import { resetData, testDb } from "../helpers/db";
import { fixture } from "../helpers/fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS = path.resolve(ROOT, "../shared/corpus");
const db = testDb();
let boss: PgBoss;
// The queue's worker as `npm start` runs it: a large channel export is parsed by parse workers.
const postWork = startPostWorkers({ threads: 2 });

async function importAndWait(files: { name: string; bytes: Uint8Array }[], options = {}) {
  const ids = await enqueueImports({ db, boss, actorId: null, files, options });
  for (let waited = 0; waited < 60_000; waited += 100) {
    const jobs = await db.importJob.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
    if (jobs.every((job) => job.status === "DONE" || job.status === "FAILED")) return jobs;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("import jobs did not finish within 60 s");
}

/** A live blog of `posts` glued posts, written for the test. */
function bigLiveBlog(posts: number): string {
  const lines: string[] = [];
  for (let index = 0; index < posts; index += 1) {
    const minute = String(index % 60).padStart(2, "0");
    const hour = String(23 - (Math.floor(index / 60) % 24)).padStart(2, "0");
    lines.push(`${hour}:${minute}Жаңылык номер ${index + 1} келдиШаарда ${index + 10} адам чогулганы кабарланды, деп билдирди кабарчы ${index}.`);
  }
  return lines.join("\n");
}

describe("the import queue", () => {
  beforeAll(async () => {
    boss = createImportQueue(inject("databaseUrl"));
    await startImportQueue(boss);
    await startImportWorker({ db, boss, postWork });
  });
  beforeEach(() => resetData(db));
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true });
    await postWork.close();
    await resetData(db);
    await db.$disconnect();
  });

  it("runs an import as a job, reporting progress to the end, and stores the source whole", async () => {
    const [job] = await importAndWait([{ name: "live-blog-ky.txt", bytes: fixture("live-blog-ky.txt") }], { outlet: "Demo Kabar", publishedAt: "2022-01-07" });
    expect(job).toMatchObject({ status: "DONE", progress: 100, stage: storedStage({ key: "imported" }), attempts: 1, error: null });
    expect(job.result).toMatchObject({ created: true, entries: 5, figures: 4, duplicates: 8, noise: 4 });
    const source = await db.source.findUniqueOrThrow({
      where: { id: job.sourceId! },
      include: { outlet: true, entries: { orderBy: { ordinal: "asc" }, include: { figures: true } } },
    });
    expect(source).toMatchObject({ kind: "LIVE_BLOG", language: "ky", outlet: { name: "Demo Kabar" }, publishedAt: new Date("2022-01-07T00:00:00Z") });
    expect(source.rawText).toBe(Buffer.from(fixture("live-blog-ky.txt")).toString("utf8"));
    expect(source.entries.map((entry) => entry.postedAt)).toEqual([null, null, "17:05", "16:50", "16:20"]);
    expect(source.entries[1].figures[0]).toMatchObject({ field: "headline", text: "12 миң", value: 12000, hedge: "EXACT" });
    expect((source.dropped as { reason: string }[]).filter((item) => item.reason === "noise")).toHaveLength(4);
  });

  it("imports many small files back to back, not one per polling interval", async () => {
    const files = Array.from({ length: 12 }, (_, index) => ({ name: `post-${index}.txt`, bytes: Buffer.from(`12:0${index % 10} Шаарда ${index + 10} адам чогулду, деп билдирди кабарчы ${index}.\n`) }));
    const jobs = await importAndWait(files);
    expect(jobs.every((job) => job.status === "DONE")).toBe(true);
    // Between one job's end and the next one's start: the worker's look at the queue, not the
    // rest of its half-second polling interval (at least 400 ms each before).
    const ordered = [...jobs].sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime());
    const gaps = ordered.slice(1).map((job, index) => job.startedAt!.getTime() - ordered[index].finishedAt!.getTime()).sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(250);
  });

  it("changes nothing when the same file is imported again", async () => {
    const bytes = fixture("channel-copy-ru.txt");
    await importAndWait([{ name: "a.txt", bytes }]);
    const counts = async () => [await db.source.count(), await db.entry.count(), await db.figureMention.count(), await db.auditEvent.count()];
    const before = await counts();
    const [again] = await importAndWait([{ name: "a-copy.txt", bytes }]);
    expect(again).toMatchObject({ status: "DONE", stage: storedStage({ key: "unchanged" }) });
    expect(await counts()).toEqual(before);
  });

  it("keeps a post once across two sources, recording the repeat in the second", async () => {
    const first = "12:00Аэропорт жабылдыБардык каттамдар токтотулду.\n11:00Шаарда 40 адам кармалды.\n10:00Жолдор жабылды.";
    const second = "13:00Интернет өчүрүлдүБайланыш жок.\n12:00Аэропорт жабылдыБардык каттамдар токтотулду.\n09:00Митинг башталды.";
    await importAndWait([{ name: "first.txt", bytes: Buffer.from(first) }]);
    const [job] = await importAndWait([{ name: "second.txt", bytes: Buffer.from(second) }]);
    expect(job.result).toMatchObject({ entries: 2, duplicates: 1 });
    expect(await db.entry.count({ where: { text: "Бардык каттамдар токтотулду." } })).toBe(1);
    const source = await db.source.findUniqueOrThrow({ where: { id: job.sourceId! } });
    expect(source.dropped).toEqual(expect.arrayContaining([expect.objectContaining({ reason: "duplicate", source: "Аэропорт жабылды" })]));
  });

  it("fails a file it cannot read with a clear message, and saves nothing", async () => {
    const jobs = await importAndWait([
      { name: "photo.txt", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      { name: "empty.txt", bytes: new Uint8Array() },
      { name: "export.json", bytes: Buffer.from('{"chats": []}') },
    ]);
    expect(jobs.map((job) => [job.status, job.error && inEnglish(job.error)])).toEqual([
      ["FAILED", "photo.txt looks like a binary file, not text: export it as .txt, .md, .html or Telegram JSON."],
      ["FAILED", "empty.txt is empty."],
      ["FAILED", 'export.json is JSON but not a Telegram export: it has no "messages" list.'],
    ]);
    expect(await db.source.count()).toBe(0);
  });

  it("reads a file too large to come with its job byte for byte: a live blog of 5 MB in Windows-1251", async () => {
    const lines = Array.from({ length: 9_000 }, (_, index) => `${String(index % 24).padStart(2, "0")}:${String(index % 60).padStart(2, "0")} ` + Array.from({ length: 6 }, (_, part) => `Полиция задержала ${index + part + 10} человек на площади, сообщили в управлении (запись ${index}, часть ${part}).`).join(" "));
    const text = lines.join("\n");
    // Windows-1251 for ASCII and the Russian alphabet (А–я are 0xC0–0xFF there): no byte of it above 0x7F is UTF-8.
    const bytes = Buffer.from([...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : char.charCodeAt(0) - 0x350)));
    expect(bytes.length).toBeGreaterThan(4 * 2 ** 20);
    const [job] = await importAndWait([{ name: "live-blog-1251.txt", bytes }]);
    expect(job).toMatchObject({ status: "DONE", result: { created: true } });
    const source = await db.source.findFirstOrThrow({ select: { rawText: true } });
    expect(source.rawText === text).toBe(true);
    expect(await db.entry.count()).toBe(lines.length);
    const first = await db.entry.findFirstOrThrow({ where: { ordinal: 1 }, select: { text: true } });
    expect(first.text).toContain("Полиция задержала 10 человек на площади");
  }, 120_000);

  it("imports a channel's export past 20 MB as a stream, a batch at a time and whole, keeping its file as its text; one that breaks near its end leaves nothing", async () => {
    const exported = telegramExportOver(MAX_SOURCE_BYTES);
    expect(Buffer.byteLength(exported)).toBeGreaterThan(MAX_SOURCE_BYTES);
    const parsed = parseSource({ bytes: Buffer.from(exported), name: "result.json" });
    const stages: string[] = [];
    const listen = (progress: ImportProgress) => stages.push(progress.stage);
    importProgress.on("progress", listen);
    const [job] = await importAndWait([{ name: "result.json", bytes: Buffer.from(exported) }]).finally(() => importProgress.off("progress", listen));
    expect(job).toMatchObject({ status: "DONE", result: { created: true, title: "Demo channel", entries: parsed.entries.length, duplicates: parsed.dropped.duplicates, noise: parsed.dropped.noise } });
    // Its progress as it went: entries written so far, and how much of the file was read.
    const streaming = stages.map((stage) => JSON.parse(stage)).filter((stage) => stage.key === "streaming");
    expect(streaming.length).toBeGreaterThan(1);
    expect(streaming.at(-1).written).toBe(parsed.entries.length);
    const source = await db.source.findFirstOrThrow({ select: { title: true, kind: true, language: true, publishedAt: true, rawText: true, dropped: true } });
    expect(source.rawText === exported).toBe(true);
    // The job lets go of the file once the source holds it.
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { bytes: true } })).bytes.length).toBe(0);
    expect({ ...source, rawText: undefined, dropped: (source.dropped as unknown[]).length }).toEqual({ title: "Demo channel", kind: "SOCIAL_POST", language: parsed.source.language, publishedAt: new Date(parsed.source.publishedAt!), rawText: undefined, dropped: parsed.droppedItems.length });
    const entries = await db.entry.findMany({ orderBy: { ordinal: "asc" }, select: { ordinal: true, text: true, url: true } });
    expect(entries).toEqual(parsed.entries.map((entry) => ({ ordinal: entry.ordinal, text: entry.text, url: entry.url })));

    // The same export broken near its end: the batches written before the break go with it.
    await resetData(db);
    const lines = exported.split("\n");
    const line = lines.findLastIndex((text) => text.includes('"date":'));
    lines[line] = lines[line].replace('"date":', '"date" ');
    const [failed] = await importAndWait([{ name: "result.json", bytes: Buffer.from(lines.join("\n")) }]);
    expect(failed).toMatchObject({ status: "FAILED", stage: storedStage({ key: "unreadable" }) });
    expect(inEnglish(failed.error!)).toContain(`result.json is not valid JSON: it breaks at line ${(line + 1).toLocaleString("en-US")}, column`);
    expect([await db.source.count(), await db.entry.count(), await db.figureMention.count()]).toEqual([0, 0, 0]);
  }, 120_000);

  it("keeps a channel export's links, exact times, edit times and forwards, and starts a claim's attribution with the forward", async () => {
    const exported = {
      name: "Queue test channel",
      type: "public_channel",
      id: 42,
      messages: [
        { id: 7, type: "message", date: "2022-01-08T09:30:00", date_unixtime: "1641612600", edited: "2022-01-08T09:45:00", edited_unixtime: "1641613500", text: ["Аэропорт Алматы ", { type: "bold", text: "закрыт" }, " до 9 января."] },
        { id: 8, type: "message", date: "2022-01-09T10:00:00", date_unixtime: "1641700800", forwarded_from: "Orda.kz", text: "Власти сообщили о 164 погибших." },
      ],
    };
    const [job] = await importAndWait([{ name: "result.json", bytes: Buffer.from(JSON.stringify(exported)) }], { url: "https://t.me/queue_test" });
    expect(job.status).toBe("DONE");
    const entries = await db.entry.findMany({ where: { sourceId: job.sourceId! }, orderBy: { ordinal: "asc" }, include: { source: { include: { outlet: true } } } });
    expect(entries.map((entry) => [entry.url, entry.postedAt, entry.publishedAt?.toISOString(), entry.sourceEditedAt?.toISOString() ?? null, entry.forwardedFrom])).toEqual([
      ["https://t.me/queue_test/7", "09:30", "2022-01-08T03:30:00.000Z", "2022-01-08T03:45:00.000Z", null],
      ["https://t.me/queue_test/8", "10:00", "2022-01-09T04:00:00.000Z", null, "Orda.kz"],
    ]);
    expect(attributionOf(entries[1])).toEqual([{ how: "published", by: "Orda.kz" }, { how: "forwarded", by: "Queue test channel" }]);
    expect(attributionOf(entries[0])).toEqual([{ how: "reported", by: "Queue test channel" }]);
  });

  it("dates a live blog's posts by its day headings, in the newsroom's time zone", async () => {
    const blog = "Лента: Алматы\n6 января 2022 года\n09:05 Аэропорт Алматы закрыт.\nСреда, 5 января\n23:40 Возле акимата слышна стрельба.\n";
    const [job] = await importAndWait([{ name: "live-days.txt", bytes: Buffer.from(blog) }]);
    const entries = await db.entry.findMany({ where: { sourceId: job.sourceId!, postedAt: { not: null } }, orderBy: { ordinal: "asc" } });
    expect(entries.map((entry) => [entry.postedAt, entry.publishedAt?.toISOString()])).toEqual([
      ["09:05", instantIn(new Date("2022-01-06T00:00:00Z"), "09:05", newsroomTimeZone()).toISOString()],
      ["23:40", instantIn(new Date("2022-01-05T00:00:00Z"), "23:40", newsroomTimeZone()).toISOString()],
    ]);
  });

  it("stores HTML with scripts as text only", async () => {
    const [job] = await importAndWait([{ name: "article-en.html", bytes: fixture("article-en.html") }]);
    const entries = await db.entry.findMany({ where: { sourceId: job.sourceId! } });
    expect(JSON.stringify(entries.map((entry) => [entry.headline, entry.text]))).not.toMatch(/<|alert|onerror/);
  });
});

describe("all or nothing", () => {
  beforeEach(() => resetData(db));

  it("a failure in the middle of writing leaves nothing behind", async () => {
    const entries = Array.from({ length: 2500 }, (_, index) => ({ text: `Пост номер ${index + 1}.`, language: "ky" as const }));
    await expect(
      createSource({
        db,
        actorId: null,
        input: { title: "Big", kind: "LIVE_BLOG", language: "ky", rawText: entries.map((entry) => entry.text).join("\n"), entries },
        onProgress: (written) => {
          if (written >= 1000) throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect([await db.source.count(), await db.entry.count(), await db.auditEvent.count()]).toEqual([0, 0, 0]);
  });

  it("a bad entry in a later batch is named by its place in the whole source, and the batches before it are not kept", async () => {
    const batch = (from: number) => Array.from({ length: 3 }, (_, index) => ({ text: `Пост номер ${from + index}.`, language: "ky" as const }));
    const batches = (async function* () {
      yield batch(1);
      yield [...batch(4).slice(0, 2), { text: " ", language: "ky" as const }];
      return { language: "ky" as const };
    })();
    await expect(
      createSourceInBatches({ db, actorId: null, original: "Пост номер 1.", fields: { title: "Batches", kind: "SOCIAL_POST", language: "und" }, batches }),
    ).rejects.toThrow("entries.5.text: An entry needs text.");
    expect([await db.source.count(), await db.entry.count(), await db.auditEvent.count()]).toEqual([0, 0, 0]);
  });

  it("an import process killed mid-import leaves nothing half-written, and --resume completes it", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "factlog-kill-"));
    const file = path.join(dir, "big-live-blog.txt");
    await writeFile(file, bigLiveBlog(120_000));
    const env = { ...process.env, DATABASE_URL: inject("databaseUrl") };
    const cli = [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/factlog.ts", "import"];
    // Its own process group: tsx runs the import in a child process of its own, and killing only
    // tsx would leave that child to finish the import (and the test to race it).
    const child = spawn(process.execPath, [...cli, file], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"], detached: true });
    await new Promise<void>((resolve, reject) => {
      let seen = "";
      child.stderr!.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        // The first chunk of 24: the transaction is far from its commit when the process dies.
        if (/Saved 5000 of 120000/.test(seen)) {
          process.kill(-child.pid!, "SIGKILL");
          resolve();
        }
      });
      child.once("exit", () => reject(new Error(`import ended before it could be killed:\n${seen}`)));
    });
    await new Promise((resolve) => child.once("exit", resolve));
    expect([await db.source.count(), await db.entry.count()]).toEqual([0, 0]);
    expect(await db.importJob.findFirstOrThrow()).toMatchObject({ status: "RUNNING" });

    const resumed = spawn(process.execPath, [...cli, "--resume"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    resumed.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((resolve) => resumed.once("exit", resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/Imported 1 source\(s\): 120000 entries/);
    expect([await db.source.count(), await db.entry.count()]).toEqual([1, 120_000]);
    expect(await db.importJob.findFirstOrThrow()).toMatchObject({ status: "DONE", attempts: 2 });
  }, 300_000);
});

describe.runIf(existsSync(CORPUS))("the five corpus files (../shared/corpus)", () => {
  const FILES = ["000_70ac55a46b46fe5c.txt", "001_786ef842d27fd4be.txt", "002_a52c080f930798a6.txt", "003_fe28763afeaeff77.txt", "004_26d54e905fa53805.txt"];
  beforeAll(async () => {
    await resetData(db);
    boss = createImportQueue(inject("databaseUrl"));
    await startImportQueue(boss);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true });
  });

  it("import each post once, clean, in order, with time stamps, language and figures", async () => {
    const files = await Promise.all(FILES.map(async (name) => ({ name, bytes: await readFile(path.join(CORPUS, name)) })));
    const ids = await enqueueImports({ db, boss, actorId: null, files });
    for (const id of ids) await runImportJob({ db, importJobId: id });
    const sources = await db.source.findMany({
      orderBy: { importedAt: "asc" },
      include: { entries: { orderBy: { ordinal: "asc" }, include: { figures: true } } },
    });
    expect(sources.map((source) => [source.kind, source.language, source.entries.length])).toEqual([
      ["LIVE_BLOG", "ky", 31],
      ["ARTICLE", "ky", 14],
      ["LIVE_BLOG", "ky", 17],
      ["ARTICLE", "ky", 10],
      ["SOCIAL_POST", "ru", 11],
    ]);
    expect(sources[3].publishedAt).toEqual(new Date("2026-01-05T00:00:00Z"));
    const entries = sources.flatMap((source) => source.entries);
    const texts = entries.map((entry) => `${entry.headline ?? ""}|${entry.text}`);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join("\n")).not.toMatch(/VIEW IN TELEGRAM|This media is not supported|Шерине|сүрөт Tengrinews/);
    // Time stamps in the live blog run newest first, as published.
    const stamps = sources[0].entries.map((entry) => entry.postedAt).filter(Boolean) as string[];
    expect(stamps.length).toBeGreaterThan(25);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    const figure = (surface: string) => entries.flatMap((entry) => entry.figures).find((item) => item.text === surface);
    expect(figure("20 миң")).toMatchObject({ value: 20000, hedge: "EXACT" });
    expect(figure("3706")).toMatchObject({ value: 3706 });
    expect(figure("3000ден ашуун")).toMatchObject({ value: 3000, hedge: "AT_LEAST" });
    expect(figure("кеминде 238ге")).toMatchObject({ value: 238, hedge: "AT_LEAST" });
    expect(figure("около 5 тысяч")).toMatchObject({ value: 5000, hedge: "APPROX" });
    expect(figure("отузга жакын")).toMatchObject({ value: 30, hedge: "APPROX" });
    expect(entries.flatMap((entry) => entry.figures).map((item) => item.text)).not.toEqual(expect.arrayContaining(["16:00", "1993", "76", "24"]));
  });
});
