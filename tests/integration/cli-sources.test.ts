import { writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { HEDGE_WORDS } from "../../lib/text/hedge-words";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resetData, testDb } from "../helpers/db";
import { runFactlog } from "../helpers/factlog-cli";
import { FIXTURES } from "../helpers/fixtures";

const db = testDb();

const factlog = runFactlog;

describe("factlog parse --json (a contract other tools rely on)", () => {
  it("writes one JSON object of the documented shape and touches no database", () => {
    // An unreachable DATABASE_URL proves parse never connects.
    const result = factlog(["parse", path.join(FIXTURES, "live-blog-ky.txt"), "--json"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(Object.keys(parsed)).toEqual(["source", "entries", "dropped"]);
    expect(parsed.source).toEqual({ title: expect.any(String), language: "ky", publishedAt: null, kind: "LIVE_BLOG" });
    expect(parsed.dropped).toEqual({ duplicates: 8, noise: 4 });
    for (const [index, entry] of parsed.entries.entries()) {
      expect(Object.keys(entry)).toEqual(["ordinal", "postedAt", "headline", "text", "language", "figures", "candidates"]);
      // Statements worth checking: spans within the text, sorted, never overlapping, scored 0 to 1.
      let end = 0;
      for (const candidate of entry.candidates) {
        expect(Object.keys(candidate)).toEqual(["start", "end", "text", "score", "reasons", "speaker", "figures"]);
        expect(candidate.start).toBeGreaterThanOrEqual(end);
        expect(entry.text.slice(candidate.start, candidate.end)).toBe(candidate.text);
        expect(candidate.score).toBeGreaterThanOrEqual(0);
        expect(candidate.score).toBeLessThanOrEqual(1);
        for (const index of candidate.figures) expect(entry.figures[index].start).toBeGreaterThanOrEqual(candidate.start);
        end = candidate.end;
      }
      expect(entry.ordinal).toBe(index + 1);
      for (const figure of entry.figures) {
        expect(Object.keys(figure)).toEqual(["field", "text", "value", "low", "high", "hedge", "hedgeWord", "unit", "start", "end"]);
        expect(["exact", "approx", "at_least", "at_most", "range", "vague"]).toContain(figure.hedge);
        // The hedge as worded ("nearly", "up-to"...), or null for exact figures and ranges.
        expect([null, ...HEDGE_WORDS]).toContain(figure.hedgeWord);
        expect(entry[figure.field].slice(figure.start, figure.end)).toBe(figure.text);
      }
    }
    expect(parsed.entries[2]).toMatchObject({ postedAt: "17:05", figures: [{ field: "text", text: "250", value: 250, hedge: "exact", unit: "people" }] });
    // "Ички иштер министрлиги 250 адам кармалганын билдирди": a figure, attributed to a ministry.
    expect(parsed.entries[2].candidates[0]).toMatchObject({ reasons: ["figure", "attribution", "named-source"], figures: [0] });
    expect(parsed.entries[2].candidates[0].score).toBeGreaterThanOrEqual(0.5);
  });

  it("says what is wrong with bad arguments and files", () => {
    expect(factlog(["parse", "/nonexistent/file.txt", "--json"])).toMatchObject({ code: 1, err: "factlog: There is no file at /nonexistent/file.txt.\n" });
    expect(factlog(["parse", FIXTURES, "--json"])).toMatchObject({ code: 1, err: `factlog: ${FIXTURES} is a folder; parse takes one file (import takes folders).\n` });
    expect(factlog(["parse", path.join(FIXTURES, "live-blog-ky.txt"), "--kind", "poem"])).toMatchObject({
      code: 1,
      err: 'factlog: --kind must be one of auto, live-blog, article, telegram (got "poem").\n',
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), "factlog-bad-"));
    writeFileSync(path.join(dir, "empty.txt"), "");
    expect(factlog(["parse", path.join(dir, "empty.txt"), "--json"])).toMatchObject({ code: 1, err: "factlog: empty.txt is empty.\n" });
  });
});

describe("factlog import", () => {
  beforeAll(() => resetData(db));
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("imports a folder, ends with a summary, and exits non-zero when a file fails", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "factlog-import-"));
    writeFileSync(path.join(dir, "good.txt"), "12:00Аэропорт жабылдыБардык каттамдар 3 саатка токтотулду.\n11:00Шаарда 40 адам кармалды.\n10:00Жолдор жабылды.");
    writeFileSync(path.join(dir, "bad.json"), "{not json");
    const result = factlog(["import", dir, "--outlet", "Test Outlet"], { DATABASE_URL: inject("databaseUrl") });
    expect(result.code).toBe(1);
    expect(result.err).toContain("factlog: bad.json: bad.json is not valid JSON");
    expect(result.out).toBe("Imported 1 source(s): 3 entries, 2 figures; dropped 0 repeats and 0 pieces of furniture. 1 file(s) failed and were not imported.\n");
    expect(result.err).toMatch(/good\.txt\s+\[#+\] 100% Imported/);
  });

  it("refuses bad options before touching anything", () => {
    expect(factlog(["import", FIXTURES, "--date", "7 January"], { DATABASE_URL: inject("databaseUrl") })).toMatchObject({
      code: 1,
      err: "factlog: publishedAt: Dates look like 2022-01-07.\n",
    });
    expect(factlog(["import"], { DATABASE_URL: inject("databaseUrl") }).err).toContain("import needs at least one file or folder");
  });
});
