import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";
import { FIXTURES } from "../helpers/fixtures";
import { signInOverHttp } from "../helpers/http-session";
import { createDb } from "../../lib/db/client";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;

describe("importing sources in the desk", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an editor uploads a live blog, previews the parse, imports it and reads it on its source page", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.waitForURL("**/desk/import");

    await page.getByLabel("Files (.txt, .md, .html, Telegram JSON)").setInputFiles([path.join(FIXTURES, "live-blog-ky.txt"), path.join(FIXTURES, "article-en.html")]);
    await page.getByLabel("Outlet").fill("Demo Kabar");
    await page.getByRole("button", { name: "Preview" }).click();
    const previews = page.getByTestId("preview");
    await previews.first().waitFor();
    expect(await previews.count()).toBe(2);
    const first = await previews.first().innerText();
    expect(first).toContain("5 entries, 4 figures");
    expect(first).toContain("dropped 8 repeats, 4 furniture");
    expect(await previews.first().locator("mark").allInnerTexts()).toContain("250");
    expect(await page.getByLabel("Kind").inputValue()).toBe("live-blog");
    expect(await page.getByLabel("Language", { exact: true }).inputValue()).toBe("ky");
    expect(await page.locator("body").innerText()).toContain("Preview: nothing is saved yet");

    await page.getByRole("button", { name: "Import", exact: true }).click();
    const jobs = page.getByTestId("import-job");
    await jobs.filter({ hasText: "Imported" }).nth(1).waitFor({ timeout: 30_000 });
    expect(await jobs.count()).toBe(2);

    await jobs.first().getByRole("link", { name: "Open the source" }).click();
    await page.waitForURL("**/desk/sources/**");
    const entries = page.getByTestId("entry");
    expect(await entries.count()).toBe(5);
    expect(await entries.nth(2).innerText()).toMatch(/#3\s+17:05\s+ky/i);
    expect(await entries.nth(1).locator("mark").first().innerText()).toBe("12 миң");
    await page.getByText("What the importer dropped (12)").click();
    expect(await page.locator("details").innerText()).toContain("Шерине");

    // The article with scripts and event handlers was imported as text: nothing ran.
    await page.goto(`${inject("baseUrl")}/desk/sources`);
    await page.getByRole("link", { name: "Demo Wire: detentions rise" }).click();
    await page.waitForURL("**/desk/sources/**");
    expect(await page.locator("main").innerText()).toContain("Lawyers said many detainees were held without counsel.");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("says what is wrong with a file it cannot read, and saves nothing", async () => {
    const page = await browser.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.goto(`${inject("baseUrl")}/desk/import`);
    await page.getByLabel("Files (.txt, .md, .html, Telegram JSON)").setInputFiles({ name: "scan.txt", mimeType: "text/plain", buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3]) });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByTestId("preview-error").waitFor();
    expect(await page.getByTestId("preview-error").innerText()).toBe("scan.txt looks like a binary file, not text: export it as .txt, .md, .html or Telegram JSON.");
    // Importing it anyway fails the job with the same reason, and no source appears.
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("import-job").getByText("scan.txt looks like a binary file").waitFor({ timeout: 30_000 });
    await page.goto(`${inject("baseUrl")}/desk/sources`);
    expect(await page.locator("main").innerText()).not.toContain("scan");
    await page.close();
  });

  // Any other file over 20 MB is refused in words: lib/sources/upload.test.ts.
  it("shows how much of a large upload has gone while it is sent", async () => {
    const page = await browser.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.goto(`${inject("baseUrl")}/desk/import`);
    // A 3 MB live blog, sent at 1 MB/s (Chromium's own network throttling).
    const posts = Array.from({ length: 33_000 }, (_, index) => `${String(index % 24).padStart(2, "0")}:${String(index % 60).padStart(2, "0")} Шаарда ${index + 10} адам чогулду, деп билдирди кабарчы ${index}.`);
    const file = Buffer.from(posts.join("\n"));
    expect(file.length).toBeGreaterThan(3_000_000);
    await page.getByLabel("Files (.txt, .md, .html, Telegram JSON)").setInputFiles({ name: "long-blog.txt", mimeType: "text/plain", buffer: file });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
    await page.getByRole("button", { name: "Preview" }).click();
    const sending = page.getByRole("progressbar", { name: "Sending the files" });
    await sending.waitFor({ timeout: 10_000 });
    expect(await page.getByText(/^Sending the files: \d+% of 3\.\d MB$/).count()).toBe(1);
    await page.getByTestId("preview").first().waitFor({ timeout: 60_000 });
    expect(await sending.count()).toBe(0);
    await page.close();
  });

  it("takes a channel export of 24 MB whole, byte for byte, and imports it", async () => {
    const base = inject("baseUrl");
    const cookie = await signInOverHttp(base, editor.email, editor.password);
    // A channel export padded past the 20 MB any other source may be (and the 10 MB a request's
    // body is cut to when it passes Next.js's proxy).
    const text = "Шаарда 7 миң адам чогулду, деп билдирди милиция.";
    const file = JSON.stringify({ name: "Big channel", type: "public_channel", id: 42, messages: [{ id: 1, type: "message", date: "2022-01-05T10:00:00", date_unixtime: "1641376800", text }], padding: "x".repeat(24 * 1024 * 1024) });
    const body = new FormData();
    body.append("files", new Blob([file], { type: "application/json" }), "result.json");
    const response = await fetch(`${base}/api/imports`, { method: "POST", body, headers: { origin: base, cookie } });
    expect(response.status).toBe(202);
    const { jobs } = (await response.json()) as { jobs: string[] };
    const db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    try {
      await expect.poll(async () => (await db.importJob.findUniqueOrThrow({ where: { id: jobs[0] }, select: { status: true } })).status, { timeout: 60_000, interval: 500 }).toBe("DONE");
      const source = await db.source.findFirstOrThrow({ where: { title: "Big channel" }, select: { rawText: true, entries: { select: { text: true } } } });
      // The whole file arrived: the source keeps it as its text.
      expect(source.rawText === file).toBe(true);
      expect(source.entries.map((entry) => entry.text)).toEqual([text]);
    } finally {
      // Gone again, so the desk's other tests see the demo's recent sources as they were.
      await db.importJob.deleteMany({ where: { id: { in: jobs } } });
      await db.source.deleteMany({ where: { title: "Big channel" } });
      await db.$disconnect();
    }
  });

  it("refuses uploads from visitors and from other sites", async () => {
    const body = new FormData();
    body.append("pasted", "12:00Шаарда 5 миң адам чогулду.");
    const base = inject("baseUrl");
    const visitor = await fetch(`${base}/api/imports`, { method: "POST", body, headers: { origin: base } });
    expect(visitor.status).toBe(401);
    const crossSite = await fetch(`${base}/api/imports/preview`, { method: "POST", body, headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ ok: false, message: "This request came from another site and was refused." });
  });
});

describe("searching entries in the desk", () => {
  it("finds entries in Kyrgyz and Russian with the matches highlighted", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await signIn(page, editor.email, editor.password);
      await page.waitForURL("**/desk");
      await page.getByRole("link", { name: "Search", exact: true }).click();
      await page.getByLabel("Words to find, in Kyrgyz, Russian or English").fill("Токаев");
      await page.getByRole("button", { name: "Search" }).click();
      await page.waitForURL("**/desk/entries?q=*");
      const hits = page.getByTestId("hit");
      await hits.first().waitFor();
      const marks = await page.locator("[data-testid=hit] mark").allInnerTexts();
      expect(marks.length).toBeGreaterThan(2);
      expect(marks.every((mark) => mark.toLowerCase() === "токаев")).toBe(true);
      const languages = await hits.allInnerTexts();
      expect(languages.some((text) => / · Kyrgyz\n/.test(text))).toBe(true);
      expect(languages.some((text) => / · Russian\n/.test(text))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
