import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { createDb } from "../../lib/db/client";
import { linkEvidence } from "../../lib/evidence/mutations";
import { getMessages } from "../../lib/i18n/messages";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const BANDITS = "/claims/20-000-bandits-attacked-almaty";
const reviewer = DEMO_USERS.find((user) => user.role === "reviewer")!;
const editor = DEMO_USERS.find((user) => user.role === "editor")!;

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const outcome = await window.axe.run(document, { resultTypes: ["violations"] });
    return outcome.violations.map((violation: { id: string; nodes: { target: string[] }[] }) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  return result as string[];
}

describe("what readers see, in Chromium", () => {
  let browser: Browser;
  const base = inject("baseUrl");
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens a verdict and switches between English, Russian and Kyrgyz", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${BANDITS}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h2#verdict").innerText()).toBe("Verdict: Unproven");
    const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href")!).pathname}`));
    expect(hreflang).toEqual(expect.arrayContaining([`en ${BANDITS}`, `ru /ru${BANDITS}`, `ky /ky${BANDITS}`, `x-default ${BANDITS}`]));
    expect(new URL((await page.getAttribute('link[rel="canonical"]', "href"))!).pathname).toBe(BANDITS);

    await page.getByRole("link", { name: "Русский" }).click();
    await page.waitForURL(`**/ru${BANDITS}`);
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    expect(await page.locator("h2#verdict").innerText()).toBe("Вердикт: Не доказано");
    expect(await page.locator("main").innerText()).toContain("Опровергает");
    // The quote stays in its original language whatever the interface's.
    expect(await page.getByTestId("quote").innerText()).toBe("“Алматыга 20 миң бандит кол салганын”");
    expect(await page.getByTestId("quote").getAttribute("lang")).toBe("ky");

    await page.getByRole("link", { name: "Кыргызча" }).click();
    await page.waitForURL(`**/ky${BANDITS}`);
    expect(await page.locator("h2#verdict").innerText()).toBe("Корутунду: Далилденген эмес");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${base}${BANDITS}`);
    await page.close();
  });

  it("reads the figure's timeline as a table, with this claim's figure marked, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/claims/238-people-died-in-the-january-2022-events`);
    expect(await page.locator("svg[role=img]").getAttribute("aria-label")).toMatch(/^Deaths in the January 2022 events: \d+ figures over time/);
    await page.locator("summary", { hasText: "The same figures as a table" }).click();
    const rows = page.getByTestId("figure-table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const marked = page.locator("tr[data-marked]");
    expect(await marked.count()).toBe(1);
    expect(await marked.innerText()).toContain("238");
    expect(await marked.innerText()).toContain("this claim");
    await context.close();
  });

  it("searches in Kyrgyz, finds the speaker by another spelling, highlights the match and filters by verdict", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/ky/search`);
    await page.getByLabel("Эмнени издейсиз").fill("Токаев");
    await page.getByRole("button", { name: "Издөө" }).click();
    await page.waitForURL("**/ky/search?q=*");
    const claims = page.getByTestId("claim-results").locator("li");
    expect(await claims.count()).toBe(3);
    expect(await page.getByTestId("entry-results").locator("mark").first().innerText()).toBe("Токаев");
    // The filters are folded away until one is in use.
    expect(await page.getByLabel("Корутунду").isVisible()).toBe(false);
    await page.getByTestId("filters").locator("summary").click();
    // The speakers' menu lists the speakers of what was found, not everyone ever checked.
    const foundSpeakers = (await page.locator("#filter-speaker option").allInnerTexts()).slice(1);
    expect(foundSpeakers.length).toBeGreaterThan(0);
    const menu = async (address: string) => {
      const html = await (await fetch(`${base}${address}`, { headers: { accept: "text/html" } })).text();
      return /<select[^>]*id="filter-speaker"[^>]*>(.*?)<\/select>/s.exec(html)?.[1].match(/<option/g)?.length ?? 0;
    };
    // Without words, every speaker with a published verdict; nothing found, no speakers' menu at all.
    expect(foundSpeakers.length + 1).toBeLessThan(await menu("/ky/search"));
    expect(await menu(`/ky/search?q=${encodeURIComponent("zqxнечего")}`)).toBe(0);
    await page.getByLabel("Корутунду").selectOption("unproven");
    await page.getByRole("button", { name: "Колдонуу" }).click();
    await page.waitForURL("**verdict=unproven**");
    expect(await claims.count()).toBe(1);
    // The statement in Kyrgyz: the demo's verdicts carry reviewed Kyrgyz versions.
    expect(await claims.first().innerText()).toContain("Алматыга 20 000 бандит кол салган");
    expect(await claims.first().locator('a[lang="ky"]').count()).toBe(1);
    expect(await page.getByTestId("filters").locator("summary").innerText()).toBe("Чыпкалар (1)");
    expect(await page.getByLabel("Корутунду").inputValue()).toBe("unproven");
    // Clearing the filters keeps the words searched for.
    await page.getByRole("link", { name: getMessages("ky")("clearFilters") }).click();
    await page.waitForURL((url) => !url.search.includes("verdict"));
    expect(await page.getByLabel("Эмнени издейсиз").inputValue()).toBe("Токаев");
    expect(await claims.count()).toBe(3);
    await page.close();
  });

  it("follows an evidence link to the passage in its source, in context", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${BANDITS}`);
    const contradicting = page.locator('li[data-stance="CONTRADICTS"]').first();
    const passage = (await contradicting.locator("blockquote").innerText()).replace(/^“|”$/g, "");
    await contradicting.getByRole("link", { name: "Read it in context" }).click();
    await page.waitForURL(/\/sources\/[a-z0-9]+#entry-\d+$/);
    const target = page.locator(`li${new URL(page.url()).hash}`);
    expect(await target.innerText()).toContain(passage);
    await page.close();
  });

  it("carries one ClaimReview in JSON-LD with the fields fact-check consumers read", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/claims/238-people-died-in-the-january-2022-events`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const review = JSON.parse(blocks[0]);
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "238 people died in the January 2022 events",
      author: { "@type": "Organization", name: "Factlog" },
      reviewRating: { "@type": "Rating", alternateName: expect.any(String), ratingValue: expect.any(Number), bestRating: 5, worstRating: 1 },
      itemReviewed: { "@type": "Claim", author: { "@type": "Organization", name: "Prosecutor General's Office of Kazakhstan" }, datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    expect(new URL(review.url).pathname).toBe("/claims/238-people-died-in-the-january-2022-events");
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.itemReviewed.appearance[0]["@type"]).toBe("CreativeWork");
    expect(review.itemReviewed.firstAppearance.url).toMatch(/^https?:\/\//);
    // The social preview image is generated and served.
    const image = await page.getAttribute('meta[property="og:image"]', "content");
    const card = await fetch(image!);
    expect(card.status).toBe(200);
    expect(card.headers.get("content-type")).toBe("image/png");
    expect((await card.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it("serves a cached verdict page as a document: no script loads or runs, the structured data stays", async () => {
    const path = "/ru/claims/20-000-bandits-attacked-almaty";
    await (await fetch(`${base}${path}`)).text(); // the first request renders and fills the page cache
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    const response = await page.goto(`${base}${path}`);
    expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    const kinds = await page.evaluate(() => [...document.scripts].map((script) => script.type));
    expect(kinds).toEqual(["application/ld+json"]);
    // Still the whole page: the quote, the evidence columns and the language switch.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("20");
    expect(await page.locator('a[hreflang="ky"]').count()).toBeGreaterThan(0);
    await page.locator('a[hreflang="en"]').first().click();
    await page.waitForURL(`${base}${BANDITS}`);
    await page.close();
  });

  it("renders each distinct search once and serves it again from the page cache, as a document", async () => {
    const first = await fetch(`${base}/ru/search?q=${encodeURIComponent("бандит")}&utm_source=share`);
    expect(first.status).toBe(200);
    await first.text();
    // The same search spelled differently (parameters reordered, junk added) is the same page.
    const again = await fetch(`${base}/ru/search?utm_campaign=x&q=${encodeURIComponent("бандит")}`);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
    const html = await again.text();
    expect(html).toContain('lang="ru"');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).toMatch(/data-testid="claim-results"[^>]*><li/);
  });

  it("answers an unknown address with a 404 in the reader's language, and hostile search parameters with the search page", async () => {
    const page = await browser.newPage();
    // The same unknown address twice in each language: the second answer must read as the first
    // (Next.js's own 404 was drawn by scripts, and cached with the first request's nonce).
    for (const [address, title, text] of [
      ["/claims/no-such-claim", "Not found", "We have no published claim at this address."],
      ["/ru/claims/no-such-claim", "Страница не найдена", "По этому адресу у нас нет опубликованного утверждения."],
      ["/ky/no-such-page", "Барак табылган жок", "Бул дарек боюнча бизде жарыяланган барак жок."],
    ]) {
      for (const time of ["first", "second"]) {
        const missing = await page.goto(`${base}${address}`);
        expect(missing?.status(), `${address} ${time}`).toBe(404);
        expect(await page.locator("h1").innerText(), `${address} ${time}`).toBe(title);
        expect(await page.getByTestId("not-found").innerText(), `${address} ${time}`).toContain(text);
        expect(await page.locator("html").getAttribute("lang")).toBe(address.split("/")[1].length === 2 ? address.split("/")[1] : "en");
      }
    }
    const hostile = await page.goto(`${base}/search?q=${encodeURIComponent("'); DROP TABLE \"Claim\"; -- <script>")}&verdict=%00&from=2022-99-99&language[]=x&speaker=${"x".repeat(5000)}`);
    expect(hostile?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBe("Search claims and sources");
    expect(await page.getByTestId("claim-results").locator("li").count()).toBe(0);
    await page.close();
  });

  it("pages through a long search twenty claims at a time, newest first, with no claim twice", async () => {
    // Twenty-five verdicts by one new speaker, published through the desk's own functions.
    const db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    try {
      const author = await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, role: true } });
      const publisher = await db.user.findUniqueOrThrow({ where: { email: reviewer.email }, select: { id: true, role: true } });
      const speaker = await db.actor.create({ data: { slug: "paging-speaker", name: "Paging Speaker", aliases: [] } });
      const entry = await db.entry.findFirstOrThrow({ select: { id: true, text: true } });
      const rating = await db.rating.findFirstOrThrow({ select: { key: true } });
      for (let i = 1; i <= 25; i += 1) {
        const created = await createClaim({ db, actor: author, input: { statement: `Paging claim number ${i}`, quoteOriginal: `Paging quote ${i}`, quoteLanguage: "en", speakerId: speaker.id } });
        const version = async () => (await db.claim.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } })).version;
        await linkEvidence({ db, actor: author, input: { claimId: created.id, entryId: entry.id, stance: "CONTEXT", passage: entry.text.slice(0, 30) } });
        await submitClaim({ db, actor: author, claimId: created.id, version: await version() });
        await publishClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(), ratingKey: rating.key, verdictSummary: "A summary long enough to pass review." } });
        // One minute apart, and older than every other verdict: no other test's "latest" changes.
        await db.claim.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.UTC(2022, 1, 1, 0, i)) } });
      }
    } finally {
      await db.$disconnect();
    }
    const page = await browser.newPage();
    const statements = () => page.getByTestId("claim-results").locator("h3").allInnerTexts();
    await page.goto(`${base}/ru/search?speaker=paging-speaker`);
    const first = await statements();
    expect(first).toHaveLength(20);
    expect(first[0]).toBe("Paging claim number 25");
    // Twenty of more: the heading claims no count it does not know.
    expect(await page.locator("h2#claims-found").innerText()).toBe("Заявления");
    await page.getByRole("link", { name: "Более ранние заявления →" }).click();
    await page.waitForURL(/after=/);
    const second = await statements();
    expect(second).toEqual(["Paging claim number 5", "Paging claim number 4", "Paging claim number 3", "Paging claim number 2", "Paging claim number 1"]);
    expect(await page.getByTestId("older-claims").count()).toBe(0);
    expect(new Set([...first, ...second]).size).toBe(25);
    await page.getByRole("link", { name: "К самым новым" }).click();
    await page.waitForURL((url) => !url.search.includes("after="));
    expect(await statements()).toEqual(first);
    // A cursor that was tampered with is ignored: the first page again, never an error.
    expect((await page.goto(`${base}/search?speaker=paging-speaker&after=bm90LWEtY3Vyc29y`))?.status()).toBe(200);
    expect(await statements()).toEqual(first);
    await page.close();
  });

  it("finds no accessibility violations on any public page (axe-core)", async () => {
    // axe-core is a script the test adds; the reader's pages allow none, so this context lets it in.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${base}${BANDITS}`);
    const speaker = await page.getByRole("link", { name: "Kassym-Jomart Tokayev" }).first().getAttribute("href");
    const source = await page.getByRole("link", { name: "Read it in context" }).first().getAttribute("href");
    const paths = [
      "/", "/ru", "/ky", BANDITS, `/ru${BANDITS}`, `/ky${BANDITS}`, "/claims/238-people-died-in-the-january-2022-events",
      "/search?q=Tokayev", "/ky/search?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2", speaker!, "/quantities", "/quantities/deaths-january-2022",
      "/ru/quantities/injured-january-2022", source!.split("#")[0], "/how-we-check", "/ky/how-we-check", "/claims/no-such-claim",
    ];
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it("shows a reviewer's correction on the public page within a second, though the front door kept the page, and keeps other verdicts' pages", async () => {
    const reader = await browser.newPage();
    const path = "/claims/the-protesters-were-terrorists-trained-abroad";
    // Another verdict, a search that lists the claim, one that does not, and one filtered by
    // verdict, each kept by the front door (its own answers carry an Age).
    const other = `${base}/claims/20-000-bandits-attacked-almaty`;
    const [search, otherSearch, byVerdict] = ["/search?q=terrorists", "/search?q=bandits", "/search?q=bandits&verdict=unproven"].map((address) => `${base}${address}`);
    const asBrowser = (url: string) => fetch(url, { headers: { accept: "text/html" } }).then(async (response) => ({ age: response.headers.get("age"), body: await response.text() }));
    for (const url of [other, search, otherSearch, byVerdict]) for (let i = 0; i < 3; i += 1) await asBrowser(url);
    const [otherBefore, otherSearchBefore, byVerdictBefore] = await Promise.all([other, otherSearch, byVerdict].map(asBrowser));
    expect([otherBefore.age, otherSearchBefore.age, byVerdictBefore.age]).toEqual([expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)]);
    expect(otherSearchBefore.body).toContain("/claims/20-000-bandits-attacked-almaty");
    await reader.goto(`${base}${path}`);
    expect(await reader.locator("main").innerText()).not.toContain("Corrections");
    // The page is now in the page cache, and once read from it, in the front door's copy of it (an
    // answer the door gives itself has an Age); the correction must reach readers anyway.
    await reader.goto(`${base}${path}`);
    expect((await reader.goto(`${base}${path}`))?.headers().age).toMatch(/^\d+$/);
    const desk = await browser.newContext();
    const page = await desk.newPage();
    await signIn(page, reviewer.email, reviewer.password);
    await page.waitForURL("**/desk");
    await page.goto(`${base}/desk/claims`);
    await page.getByRole("link", { name: "The protesters were terrorists trained abroad" }).first().click();
    await page.waitForURL("**/desk/claims/*");
    await page.getByLabel("Correction note (public)").fill("We added the foreign ministry's denial of 12 January.");
    await page.getByRole("button", { name: "Publish correction" }).click();
    await page.getByText("Correction published.").waitFor();
    const started = Date.now();
    let body = "";
    while (Date.now() - started < 1_000) {
      await reader.goto(`${base}${path}`);
      body = await reader.locator("main").innerText();
      if (body.includes("We added the foreign ministry's denial")) break;
      await reader.waitForTimeout(250);
    }
    expect(body).toContain("We added the foreign ministry's denial of 12 January.");
    expect(body).toContain("Corrections");
    // The correction touched one claim: the other verdict and the search that does not list the
    // claim are still the door's copies; the search that lists it, and the one filtered by verdict
    // (the claim's verdict decides whether it is found), were made again.
    const [otherAfter, otherSearchAfter] = await Promise.all([other, otherSearch].map(asBrowser));
    expect([otherAfter.age !== null, otherAfter.body]).toEqual([true, otherBefore.body]);
    expect([otherSearchAfter.age !== null, otherSearchAfter.body]).toEqual([true, otherSearchBefore.body]);
    expect((await asBrowser(search)).age).toBeNull();
    expect((await asBrowser(byVerdict)).age).toBeNull();
    await desk.close();
    await reader.close();
  });
});
