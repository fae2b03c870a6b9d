import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;

describe("downloading exports in Chromium", () => {
  let browser: Browser;
  const base = inject("baseUrl");
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a reader downloads the published claims of a search as a spreadsheet", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search?speaker=kassym-jomart-tokayev`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("downloads").getByRole("link", { name: "Spreadsheet" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^factlog-verdicts-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile((await download.path())!);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const claims = workbook.getWorksheet("Claims")!;
    const rows: string[] = [];
    claims.eachRow((row, index) => index > 1 && rows.push(`${row.getCell(3).value} ${row.getCell(10).value}`));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/^(published|updated) Kassym-Jomart Tokayev$/);
    await page.close();
  });

  it("an editor downloads every claim, drafts included, as zipped CSV, and can cancel an export; a visitor cannot", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.goto(`${base}/desk/claims`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("desk-downloads").getByRole("link", { name: "CSV (zip)" }).click()]);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const text = await zip.file("claims.csv")!.async("string");
    const claims = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    try {
      expect(claims.length).toBe(await db.claim.count());
    } finally {
      await db.$disconnect();
    }
    expect(claims.map((row) => row.status)).toContain("draft");
    await page.getByTestId("export-progress").getByText(/^Exported \d+ claims \(/).waitFor();
    // Cancelling: the request is held back so the export is still running when Cancel is pressed.
    await page.route("**/api/desk/exports?format=json", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue().catch(() => {});
    });
    let downloaded = false;
    page.on("download", () => (downloaded = true));
    await page.getByTestId("desk-downloads").getByRole("link", { name: "JSON" }).click();
    await page.getByTestId("export-progress").getByText(/^Exporting the claims as json/).waitFor();
    await page.getByTestId("export-progress").getByRole("button", { name: "Cancel" }).click();
    await page.getByTestId("export-progress").getByText("Export cancelled; nothing was saved.").waitFor();
    await page.waitForTimeout(3_500);
    expect(downloaded).toBe(false);
    await context.close();
    const refused = await fetch(`${base}/api/desk/exports?format=csv`);
    expect(refused.status).toBe(401);
    const wrong = await fetch(`${base}/exports/claims?format=pdf`);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('There is no export format "pdf"');
  });
});
