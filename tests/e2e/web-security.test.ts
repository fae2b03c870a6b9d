import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { correctClaim, publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { createDb, type Db } from "../../lib/db/client";
import { linkEvidence } from "../../lib/evidence/mutations";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;
const reviewer = DEMO_USERS.find((user) => user.role === "reviewer")!;

// Each payload, if it ran, would set window.__xss; every page must show it as text instead.
const PAYLOAD = {
  statement: `<script>window.__xss="statement"</script> bandits`,
  quote: `"><img src=x onerror="window.__xss='quote'"> 20 000`,
  speaker: `<svg onload="window.__xss='speaker'"></svg>Mr Payload`,
  evidenceNote: `<iframe srcdoc="<script>parent.__xss='note'</script>"></iframe>`,
  summary: `</p><script>window.__xss="summary"</script><p>A summary long enough to pass.`,
  correction: `<img src=x onerror="window.__xss='correction'"> corrected wording`,
  search: `"><script>window.__xss="search"</script>`,
};

describe("web security, in Chromium and over HTTP", () => {
  const base = inject("baseUrl");
  let browser: Browser;
  let db: Db;
  let claim: { id: string; slug: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    // A claim of its own carries every payload through the desk's own functions: written,
    // linked to evidence with a note, published and corrected. Its pages are new, so no cached
    // page stands in for them, and the other tests' claims stay as they are.
    const author = await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, role: true } });
    const publisher = await db.user.findUniqueOrThrow({ where: { email: reviewer.email }, select: { id: true, role: true } });
    const speaker = await db.actor.create({ data: { slug: "payload-speaker", name: PAYLOAD.speaker, aliases: [] } });
    const entry = await db.entry.findFirstOrThrow({ select: { id: true, text: true } });
    const rating = await db.rating.findFirstOrThrow({ select: { key: true } });
    const created = await createClaim({ db, actor: author, input: { statement: PAYLOAD.statement, quoteOriginal: PAYLOAD.quote, quoteLanguage: "en", speakerId: speaker.id } });
    const version = async () => (await db.claim.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } })).version;
    await linkEvidence({ db, actor: author, input: { claimId: created.id, entryId: entry.id, stance: "CONTRADICTS", passage: entry.text.slice(0, 40), note: PAYLOAD.evidenceNote } });
    await submitClaim({ db, actor: author, claimId: created.id, version: await version() });
    await publishClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(), ratingKey: rating.key, verdictSummary: PAYLOAD.summary } });
    await correctClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(), ratingKey: rating.key, verdictSummary: PAYLOAD.summary, note: PAYLOAD.correction } });
    claim = { id: created.id, slug: created.slug };
  });

  afterAll(async () => {
    await db?.$disconnect();
    await browser?.close();
  });

  /** Opens a page with the Content-Security-Policy switched off: only escaping stands between a payload and the page. */
  async function openWithoutPolicy(address: string, cookieUser?: { email: string; password: string }): Promise<{ page: Page; dialogs: string[] }> {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    if (cookieUser) {
      await signIn(page, cookieUser.email, cookieUser.password);
      await page.waitForURL(/\/desk/);
    }
    await page.goto(`${base}${address}`);
    await page.waitForLoadState("networkidle");
    return { page, dialogs };
  }

  it("shows script payloads in claim fields, speaker names, notes and search as text, on public and desk pages", async () => {
    const pages: [string, { email: string; password: string } | undefined, string[]][] = [
      [`/claims/${claim.slug}`, undefined, [PAYLOAD.statement, PAYLOAD.quote, PAYLOAD.speaker, PAYLOAD.summary, PAYLOAD.correction]],
      [`/ky/claims/${claim.slug}`, undefined, [PAYLOAD.statement, PAYLOAD.speaker]],
      ["/speakers/payload-speaker", undefined, [PAYLOAD.speaker, PAYLOAD.statement]],
      [`/search?q=${encodeURIComponent(PAYLOAD.search)}`, undefined, []],
      [`/desk/claims/${claim.id}`, editor, [PAYLOAD.statement, PAYLOAD.quote]],
      ["/desk/claims", editor, [PAYLOAD.statement]],
    ];
    for (const [address, user, shown] of pages) {
      const { page, dialogs } = await openWithoutPolicy(address, user);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), address).toBeUndefined();
      expect(dialogs, address).toEqual([]);
      expect(await page.locator('img[src="x"], iframe[srcdoc], svg[onload]').count(), address).toBe(0);
      const text = await page.locator("body").innerText();
      for (const payload of shown) expect(text, `${address} shows ${payload}`).toContain(payload.replace(/\s+/g, " ").trim().slice(0, 30));
      if (address.startsWith("/search")) expect(await page.getByRole("searchbox").first().inputValue()).toBe(PAYLOAD.search);
      await page.context().close();
    }
  });

  it("sends a Content-Security-Policy with a fresh nonce, and Next's own scripts carry it", async () => {
    const first = await fetch(`${base}/signin`);
    const second = await fetch(`${base}/signin`);
    const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(nonceOf(second)).not.toBe(nonce);
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    await second.text();
  });

  it("runs the desk under that policy with nothing refused, and an injected script does not run", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await signIn(page, editor.email, editor.password);
    await page.waitForURL(/\/desk/);
    await page.goto(`${base}/desk/claims/${claim.id}`);
    await page.waitForLoadState("networkidle");
    expect(refused).toEqual([]);
    // The policy itself: markup slipped into the page, as a missed escape would, runs nothing.
    await page.evaluate(() => {
      const slot = document.createElement("div");
      slot.innerHTML = `<img src="/no-such-image.png" onerror="window.__xss = 'injected'">`;
      document.body.append(slot);
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(refused.some((message) => message.includes("inline event handler"))).toBe(true);
    await context.close();
  });

  it("sets the other security headers on pages, the API and downloads, and keeps the session cookie from scripts", async () => {
    for (const address of ["/", `/claims/${claim.slug}`, "/desk", "/api/v1/claims", "/exports/claims?format=csv"]) {
      const response = await fetch(`${base}${address}`, { redirect: "manual" });
      await response.body?.cancel();
      const headers = response.headers;
      expect(headers.get("x-content-type-options"), address).toBe("nosniff");
      expect(headers.get("referrer-policy"), address).toBe("strict-origin-when-cross-origin");
      expect(headers.get("x-frame-options"), address).toBe("DENY");
      expect(headers.get("strict-transport-security"), address).toBe("max-age=63072000; includeSubDomains");
      expect(headers.get("content-security-policy"), address).toContain("frame-ancestors 'none'");
    }
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const cookie = csrf.headers.getSetCookie().join("\n");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie.split("\n").map((line) => line.split(";")[0]).join("; "), origin: base },
      body: new URLSearchParams({ csrfToken, email: editor.email, password: editor.password, json: "true" }),
    });
    const session = response.headers.getSetCookie().find((line) => line.includes("session-token"));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
  });
});
