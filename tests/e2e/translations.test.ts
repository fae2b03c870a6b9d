// A verdict in Russian (issue 19), in Chromium as the desk's people would: an editor enters the
// Russian statement and summary of a published claim beside the English, a reviewer approves
// them, and a reader finds them on /ru/claims/… and in the Russian feed; the same claim, with
// no Kyrgyz version, is marked so on /ky/… and left out of the sitemap in Kyrgyz.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { linkEvidence } from "../../lib/evidence/mutations";
import { createDb, type Db } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const base = inject("baseUrl");
const editor = DEMO_USERS.find((user) => user.role === "editor")!;
const reviewer = DEMO_USERS.find((user) => user.role === "reviewer")!;

const RU_STATEMENT = "Вертолёты доставили 300 бойцов в аэропорт";
const RU_SUMMARY = "Министерство обороны назвало другое число, и ни один снимок не показывает 300 человек.";

describe("a verdict in the reader's language", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("is translated in the desk, checked by a reviewer, and read in Russian; without Kyrgyz it is marked on /ky and left out of that sitemap", async () => {
    // A verdict of this test's own, published before every other: the demo's verdicts are other tests' to read.
    const author = await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, role: true } });
    const publisher = await db.user.findUniqueOrThrow({ where: { email: reviewer.email }, select: { id: true, role: true } });
    const entry = await db.entry.findFirstOrThrow({ select: { id: true, text: true } });
    const created = await createClaim({ db, actor: author, input: { statement: "Helicopters flew 300 fighters into the airport", quoteOriginal: "300 fighters landed", quoteLanguage: "en" } });
    const version = async () => (await db.claim.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } })).version;
    await linkEvidence({ db, actor: author, input: { claimId: created.id, entryId: entry.id, stance: "CONTEXT", passage: entry.text.slice(0, 30) } });
    await submitClaim({ db, actor: author, claimId: created.id, version: await version() });
    await publishClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(), ratingKey: "unproven", verdictSummary: "The defence ministry gave another number, and no picture shows 300 people." } });
    await db.claim.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.UTC(2022, 0, 29)) } });
    const { slug } = await db.claim.findUniqueOrThrow({ where: { id: created.id }, select: { slug: true } });

    const desk = await browser.newPage();
    await signIn(desk, editor.email, editor.password);
    await desk.waitForURL("**/desk");
    await desk.goto(`${base}/desk/claims/${created.id}`);
    // Too long for the field: refused in words beside it, nothing saved.
    await desk.getByLabel("In Russian: Statement").fill("Я".repeat(80));
    await desk.getByRole("button", { name: "Save Russian" }).first().click();
    await expect.poll(() => desk.locator("fieldset", { hasText: "Statement" }).first().innerText()).toContain("The statement is at most 75 characters in every language; this one has 80.");
    await desk.getByLabel("In Russian: Statement").fill(RU_STATEMENT);
    await desk.getByRole("button", { name: "Save Russian" }).first().click();
    await expect.poll(() => desk.locator("fieldset", { hasText: "Statement" }).first().innerText()).toContain("(awaiting check)");
    await desk.getByLabel("In Russian: Verdict summary").fill(RU_SUMMARY);
    await desk.getByRole("button", { name: "Save Russian" }).nth(1).click();
    await expect.poll(() => desk.locator("fieldset", { hasText: "Verdict summary" }).first().innerText()).toContain("(awaiting check)");
    // The translator sees no Approve button; readers do not see it yet.
    expect(await desk.getByRole("button", { name: "Approve Russian" }).count()).toBe(0);
    expect(await (await fetch(`${base}/ru/claims/${slug}`)).text()).not.toContain(RU_STATEMENT);
    await desk.close();

    const check = await browser.newPage();
    await signIn(check, reviewer.email, reviewer.password);
    await check.waitForURL("**/desk");
    await check.getByRole("link", { name: "Translate" }).click();
    await check.waitForURL("**/desk/translations");
    await check.getByTestId("translation-queue-item").filter({ hasText: "Helicopters flew 300 fighters" }).getByRole("link").click();
    await check.waitForURL(`**/desk/claims/${created.id}*`);
    await check.getByRole("button", { name: "Approve Russian" }).first().click();
    await expect.poll(() => check.locator("fieldset", { hasText: "Statement" }).first().innerText()).toContain("(approved)");
    await check.getByRole("button", { name: "Approve Russian" }).first().click();
    await expect.poll(() => check.locator("fieldset", { hasText: "Verdict summary" }).first().innerText()).toContain("(approved)");
    await check.close();

    // The reader's page in Russian: the statement and summary in Russian, in the page's title too.
    const reader = await browser.newPage();
    await reader.goto(`${base}/ru/claims/${slug}`);
    expect(await reader.getByRole("heading", { level: 1 }).innerText()).toContain(RU_STATEMENT);
    expect(await reader.getByTestId("verdict-summary").innerText()).toBe(RU_SUMMARY);
    expect(await reader.title()).toContain(RU_STATEMENT);
    const hreflangs = await reader.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute("hreflang")));
    expect(hreflangs).toEqual(expect.arrayContaining(["en", "ru", "x-default"]));
    expect(hreflangs).not.toContain("ky");
    const claimReview = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
    expect(claimReview).toMatchObject({ inLanguage: "ru", claimReviewed: RU_STATEMENT, reviewBody: RU_SUMMARY, url: expect.stringMatching(new RegExp(`/ru/claims/${slug}$`)) });
    // Its feed is discoverable from the page, and carries the Russian version.
    const feedPath = await reader.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href");
    expect(feedPath).toMatch(/\/feed\.xml\?lang=ru$/);
    const feed = await (await fetch(new URL(feedPath!, base))).text();
    expect(feed).toContain(`<title>${RU_STATEMENT}</title>`);
    expect(feed).toMatch(new RegExp(`<link>https?://[^<]+/ru/claims/${slug}</link>`));
    expect(feed).toContain("<language>ru</language>");

    // In Kyrgyz: shown in English, marked so in Kyrgyz.
    await reader.goto(`${base}/ky/claims/${slug}`);
    expect(await reader.getByTestId("untranslated").innerText()).toBe("Бул беттеги айрым тексттер азырынча которула элек, ошондуктан англисче көрсөтүлдү.");
    const heading = reader.getByRole("heading", { level: 1 });
    expect(await heading.innerText()).toContain("Helicopters flew 300 fighters into the airport");
    expect(await heading.innerText()).toContain("(англисче)");
    expect(await heading.locator('span[lang="en"]').count()).toBe(1);
    await reader.close();

    const sitemap = await (await fetch(`${base}/sitemaps/claims-0.xml`)).text();
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+/ru/claims/${slug}</loc>`));
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^/<]+(:\\d+)?/claims/${slug}</loc>`));
    expect(sitemap).not.toContain(`/ky/claims/${slug}<`);
    expect(await (await fetch(`${base}/feed.xml?lang=de`)).text()).toContain('The feed\'s "lang" must be one of en, ru, ky');
  });
});
