import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXPORT_CONNECTION, readExportClaims, type ExportClaim } from "../../lib/export/claims";
import { exportChunks, writeExport, type ExportFormat } from "../../lib/export/run-export";
import type { ExportFilter } from "../../lib/export/filter";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { resetData, testDb } from "../helpers/db";
import { runFactlog } from "../helpers/factlog-cli";

const db = testDb();
const interop = <T,>(module: T): T => (module as T & { default?: T }).default ?? module;

async function exportBytes(format: ExportFormat, filter: ExportFilter = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of exportChunks({ db, format, filter })) parts.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  return Buffer.concat(parts);
}

function parseCsv(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("exports of the annotated claim list, read back by real readers", () => {
  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
    // A summary a spreadsheet would run as a formula, and one with quotes and a line break.
    await db.claim.update({ where: { slug: "20-000-bandits-attacked-almaty" }, data: { verdictSummary: '=HYPERLINK("http://evil.example","click") and "quotes",\nsecond line' } });
  });
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("writes each time as the database holds it, to the millisecond in UTC, as JavaScript's toISOString does", async () => {
    // Times PostgreSQL formats for the export (lib/export/claims.ts): one with milliseconds, one early in a year, one late in a day.
    const bandits = await db.claim.update({ where: { slug: "20-000-bandits-attacked-almaty" }, data: { saidAt: new Date("2022-01-07T04:05:06.789Z"), figureAsOf: new Date("2022-01-01T00:00:00.001Z") }, select: { id: true } });
    const { claims } = JSON.parse((await exportBytes("json")).toString("utf8")) as { claims: ExportClaim[] };
    const rows = await db.claim.findMany({ select: { id: true, slug: true, saidAt: true, figureAsOf: true, figureHedge: true, publishedAt: true, updatedAt: true, entry: { select: { source: { select: { publishedAt: true } } } } } });
    const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
    for (const row of rows) {
      const exported = claims.find((claim) => claim.slug === row.slug)!;
      expect([exported.saidAt, exported.publishedAt, exported.updatedAt, exported.source?.publishedAt ?? null]).toEqual([iso(row.saidAt), iso(row.publishedAt), iso(row.updatedAt), iso(row.entry?.source.publishedAt)]);
      if (row.figureHedge) expect(exported.figure?.asOf).toBe(iso(row.figureAsOf));
    }
    expect(claims.find((claim) => claim.slug === "20-000-bandits-attacked-almaty")?.saidAt).toBe("2022-01-07T04:05:06.789Z");
    expect(rows.find((row) => row.id === bandits.id)?.saidAt?.toISOString()).toBe("2022-01-07T04:05:06.789Z");
  });

  it("writes CSV that a CSV parser reads back field by field, Cyrillic and quotes intact, formulas neutralised", async () => {
    const zip = await JSZip.loadAsync(await exportBytes("csv"));
    expect(Object.keys(zip.files).sort()).toEqual(["claims.csv", "evidence.csv"]);
    const claims = parseCsv(await zip.file("claims.csv")!.async("string"));
    const rows = await db.claim.findMany({ select: { slug: true, statement: true, quoteOriginal: true, status: true, evidence: { select: { passageExact: true } } } });
    expect(claims.map((row) => row.slug).sort()).toEqual(rows.map((row) => row.slug).sort());
    for (const row of rows) {
      const exported = claims.find((claim) => claim.slug === row.slug)!;
      expect(exported.statement).toBe(row.statement);
      expect(exported.quote).toBe(row.quoteOriginal);
      expect(exported.status).toBe(row.status.toLowerCase());
    }
    const bandits = claims.find((row) => row.slug === "20-000-bandits-attacked-almaty")!;
    expect(bandits.quote).toBe("Алматыга 20 миң бандит кол салганын");
    expect(bandits.summary).toBe('\'=HYPERLINK("http://evil.example","click") and "quotes",\nsecond line');
    expect(bandits.figure_value).toBe("20000");
    const evidence = parseCsv(await zip.file("evidence.csv")!.async("string"));
    expect(evidence).toHaveLength(rows.reduce((sum, row) => sum + row.evidence.length, 0));
    expect(evidence.filter((row) => row.claim_slug === "20-000-bandits-attacked-almaty").map((row) => row.stance).sort()).toEqual(["CONTRADICTS", "CONTRADICTS", "SUPPORTS"]);
  });

  it("writes a spreadsheet exceljs reads back: three sheets, styled frozen header, filters", async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await exportBytes("xlsx", { status: ["published", "updated"] });
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Claims", "Evidence", "Figures"]);
    const claims = workbook.getWorksheet("Claims")!;
    expect(claims.getRow(1).getCell(1).value).toBe("slug");
    expect(claims.getRow(1).font?.bold).toBe(true);
    expect(claims.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(claims.autoFilter).toBeTruthy();
    const published = await db.claim.count({ where: { status: { in: ["PUBLISHED", "UPDATED"] } } });
    expect(claims.rowCount).toBe(published + 1);
    const statements: string[] = [];
    claims.eachRow((row, index) => index > 1 && statements.push(String(row.getCell(4).value)));
    expect(statements).toContain("20,000 bandits attacked Almaty");
    // Written as text, never as a formula.
    const summaryColumn = claims.getRow(1).values as string[];
    const bandits = claims.getRows(2, published)!.find((row) => row.getCell(1).value === "20-000-bandits-attacked-almaty")!;
    const summary = bandits.getCell(summaryColumn.indexOf("summary")).value;
    expect(summary).toBe('=HYPERLINK("http://evil.example","click") and "quotes",\nsecond line');
    expect(bandits.getCell(summaryColumn.indexOf("quote")).value).toBe("Алматыга 20 миң бандит кол салганын");
    expect(bandits.getCell(summaryColumn.indexOf("figure_value")).value).toBe(20000);
    // Every evidence link of the published claims is a row of the Evidence sheet.
    const links = await db.evidenceLink.count({ where: { claim: { status: { in: ["PUBLISHED", "UPDATED"] } } } });
    expect(workbook.getWorksheet("Evidence")!.rowCount).toBe(links + 1);
    expect(workbook.getWorksheet("Figures")!.rowCount).toBeGreaterThan(1);
  });

  it("writes JSON that validates against the JSON Schema shipped with the project", async () => {
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lib/export/claims-export.schema.json"), "utf8"));
    const ajv = new (interop(Ajv2020))({ strict: false, allErrors: true });
    interop(addFormats)(ajv);
    const validate = ajv.compile(schema);
    const document: { claims: { speaker: { slug: string } }[]; filter: unknown } = JSON.parse((await exportBytes("json", { speaker: "kassym-jomart-tokayev" })).toString("utf8"));
    if (!validate(document)) throw new Error(ajv.errorsText(validate.errors));
    expect(document.claims.length).toBeGreaterThan(0);
    expect(document.filter).toEqual({ speaker: "kassym-jomart-tokayev" });
    for (const claim of document.claims) expect(claim.speaker.slug).toBe("kassym-jomart-tokayev");
  });

  it("writes a ClaimReview DataFeed of the published verdicts only", async () => {
    const feed = JSON.parse((await exportBytes("claimreview")).toString("utf8"));
    expect(feed["@type"]).toBe("DataFeed");
    const published = await db.claim.count({ where: { status: { in: ["PUBLISHED", "UPDATED"] } } });
    expect(feed.dataFeedElement).toHaveLength(published);
    for (const review of feed.dataFeedElement) {
      expect(review).toMatchObject({ "@type": "ClaimReview", claimReviewed: expect.any(String), reviewRating: { "@type": "Rating", alternateName: expect.any(String), bestRating: 5, worstRating: 1 }, itemReviewed: { "@type": "Claim" } });
    }
  });

  it("writes a printable report with each claim's quote, verdict and evidence, every text escaped", async () => {
    const html = (await exportBytes("report", { status: ["published"] })).toString("utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@page");
    expect(html).toContain("“Алматыга 20 миң бандит кол салганын”");
    expect(html).toContain("Supports the claim");
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;");
    expect(html).not.toContain("<script");
  });

  it("narrows by each filter exactly as the database's own reading of it", async () => {
    const slugsOf = async (filter: ExportFilter) => (JSON.parse((await exportBytes("json", filter)).toString("utf8")).claims as { slug: string }[]).map((claim) => claim.slug).sort();
    const expected = async (where: NonNullable<Parameters<typeof db.claim.findMany>[0]>["where"]) => (await db.claim.findMany({ where, select: { slug: true } })).map((claim) => claim.slug).sort();
    const sample = await db.claim.findFirstOrThrow({
      where: { ratingId: { not: null }, speakerId: { not: null }, quantityId: { not: null }, saidAt: { not: null }, entryId: { not: null }, tags: { some: {} }, entry: { source: { outletId: { not: null } } } },
      select: { quoteLanguage: true, saidAt: true, rating: { select: { key: true } }, speaker: { select: { slug: true, name: true } }, quantity: { select: { key: true } }, tags: { select: { tag: { select: { slug: true } } } }, entry: { select: { sourceId: true, source: { select: { outlet: { select: { name: true } } } } } } },
    });
    const day = sample.saidAt!.toISOString().slice(0, 10);
    const cases: [ExportFilter, Parameters<typeof expected>[0]][] = [
      [{ verdict: sample.rating!.key }, { rating: { key: sample.rating!.key } }],
      [{ speaker: sample.speaker!.slug }, { speaker: { slug: sample.speaker!.slug } }],
      [{ tag: sample.tags[0].tag.slug }, { tags: { some: { tag: { slug: sample.tags[0].tag.slug } } } }],
      [{ quantity: sample.quantity!.key }, { quantity: { key: sample.quantity!.key } }],
      [{ language: sample.quoteLanguage as ExportFilter["language"] }, { quoteLanguage: sample.quoteLanguage }],
      [{ source: sample.entry!.sourceId }, { entry: { sourceId: sample.entry!.sourceId } }],
      // An outlet's name in any case.
      [{ outlet: sample.entry!.source.outlet!.name.toUpperCase() }, { entry: { source: { outlet: { name: sample.entry!.source.outlet!.name } } } }],
      // A day is the whole day, in UTC as stored.
      [{ from: day, to: day }, { saidAt: { gte: new Date(`${day}T00:00:00Z`), lt: new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000) } }],
      [{ q: "бандит" }, { OR: [{ statement: { contains: "бандит", mode: "insensitive" } }, { quoteOriginal: { contains: "бандит", mode: "insensitive" } }] }],
      [{ q: sample.speaker!.name.split(" ")[0].toLowerCase() }, { OR: [{ speaker: { name: { contains: sample.speaker!.name.split(" ")[0], mode: "insensitive" } } }, { statement: { contains: sample.speaker!.name.split(" ")[0], mode: "insensitive" } }, { quoteOriginal: { contains: sample.speaker!.name.split(" ")[0], mode: "insensitive" } }] }],
      [{ status: ["published"], language: sample.quoteLanguage as ExportFilter["language"] }, { status: "PUBLISHED", quoteLanguage: sample.quoteLanguage }],
    ];
    for (const [filter, where] of cases) {
      const want = await expected(where);
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(await slugsOf(filter), JSON.stringify(filter)).toEqual(want);
    }
    // A word's % and _ match only themselves.
    expect(await slugsOf({ q: "%" })).toEqual(await expected({ OR: [{ statement: { contains: "%" } }, { quoteOriginal: { contains: "%" } }] }));
  });

  it("reads at most two exports at a time in a snapshot of their own; the rest through the pool, each whole", async () => {
    const exports = [0, 1, 2, 3].map(() => readExportClaims({ db, filter: {}, batchSize: 5 }));
    const slugs = exports.map(() => [] as string[]);
    // Every export under way at once: each has read its first batch.
    for (const [index, reading] of exports.entries()) slugs[index].push(...((await reading.next()).value as ExportClaim[]).map((claim) => claim.slug));
    const [{ open }] = await db.$queryRaw<{ open: number }[]>`SELECT count(*)::int AS open FROM pg_stat_activity WHERE application_name = ${EXPORT_CONNECTION} AND datname = current_database()`;
    expect(open).toBe(4);
    for (const [index, reading] of exports.entries()) for await (const batch of reading) slugs[index].push(...batch.map((claim) => claim.slug));
    const all = (await db.claim.findMany({ select: { slug: true } })).map((claim) => claim.slug).sort();
    for (const list of slugs) expect([...list].sort()).toEqual(all);
    await expect.poll(async () => (await db.$queryRaw<{ open: number }[]>`SELECT count(*)::int AS open FROM pg_stat_activity WHERE application_name = ${EXPORT_CONNECTION} AND datname = current_database()`)[0].open).toBe(0);
  });

  it("streams to a writable and counts what it wrote", async () => {
    const out = new PassThrough();
    let bytes = 0;
    out.on("data", (chunk: Buffer) => (bytes += chunk.length));
    const progress: number[] = [];
    const result = await writeExport({ db, format: "json", filter: {}, out, onClaims: (written) => progress.push(written) });
    expect(result.claims).toBe(await db.claim.count());
    expect(result.total).toBe(result.claims);
    expect(progress[progress.length - 1]).toBe(result.claims);
    expect(bytes).toBeGreaterThan(1000);
  });
});

describe("npm run factlog -- export", () => {
  const factlog = (...args: string[]) => runFactlog(args, { DATABASE_URL: inject("databaseUrl") });
  const dir = mkdtempSync(path.join(tmpdir(), "factlog-export-"));

  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
  });

  it("writes a file whole and says how many claims it holds", async () => {
    const out = path.join(dir, "published.json");
    const result = factlog("export", "--format", "json", "--status", "published,updated", "--out", out);
    const published = await db.claim.count({ where: { status: { in: ["PUBLISHED", "UPDATED"] } } });
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^Wrote ${published} claims as JSON to ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} in `)) });
    expect(JSON.parse(readFileSync(out, "utf8")).claims).toHaveLength(published);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it("says what is wrong with its arguments and writes nothing", () => {
    const out = path.join(dir, "never.csv");
    expect(factlog("export", "--format", "pdf", "--out", out)).toMatchObject({ code: 1, err: expect.stringContaining('There is no export format "pdf"; choose one of: csv, csv-claims') });
    expect(factlog("export", "--format", "csv")).toMatchObject({ code: 1, err: expect.stringContaining("export needs --out FILE, for example --out claims.zip") });
    expect(factlog("export", "--format", "csv", "--out", out, "--status", "secret")).toMatchObject({ code: 1, err: expect.stringContaining('The option "--status" must be one or more of draft, in_review, published, updated, archived') });
    expect(factlog("export", "--format", "csv", "--out", out, "--from", "2022-02-30")).toMatchObject({ code: 1, err: expect.stringContaining('The option "--from" must be a real calendar date') });
    expect(existsSync(out)).toBe(false);
  });
});
