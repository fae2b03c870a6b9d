// The desk's pages for API tokens and webhooks (issue 22), driven in Chromium as a person would:
// an editor creates a token, sees it once, uses it, revokes it; an admin adds a webhook, sees its
// secret once, and reads its delivery log after a verdict is corrected.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { correctClaim, publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { linkEvidence } from "../../lib/evidence/mutations";
import { createDb, type Db } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const base = inject("baseUrl");
const editor = DEMO_USERS.find((user) => user.role === "editor")!;
const admin = DEMO_USERS.find((user) => user.role === "admin")!;
const reviewer = DEMO_USERS.find((user) => user.role === "reviewer")!;

describe("API tokens and webhooks in the desk", () => {
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

  it("an editor creates a token, sees it once, uses it, and revokes it", async () => {
    const page = await browser.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.getByRole("link", { name: "API tokens" }).click();
    await page.waitForURL("**/desk/tokens");
    // A name too long is refused in words beside the field; nothing is created.
    await page.getByLabel("Name").evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
    await page.getByLabel("Name").fill("y".repeat(101));
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("A token's name is at most 100 characters.");

    await page.getByLabel("Name").fill("Browser test script");
    await page.getByLabel(/Write: import, log, review/).check();
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByTestId("new-token");
    await shown.waitFor();
    const token = (await shown.innerText()).trim();
    expect(token).toMatch(/^fl_[A-Za-z0-9_-]{43}$/);
    const row = page.getByTestId("token-row").filter({ hasText: "Browser test script" });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${token.slice(0, 10)}…`);
    // Shown once: after a reload the page holds only its first characters.
    await page.reload();
    expect(await page.content()).not.toContain(token);

    const use = () => fetch(`${base}/api/v1/desk/sources`, { headers: { authorization: `Bearer ${token}` } });
    expect((await use()).status).toBe(200);
    await page.getByRole("button", { name: "Revoke Browser test script" }).click();
    await expect.poll(async () => (await use()).status).toBe(401);
    await page.reload();
    expect(await page.getByTestId("token-row").filter({ hasText: "Browser test script" }).innerText()).toContain("revoked");
    await page.close();
  });

  it("an admin adds a webhook, sees its secret once, and reads its deliveries after a correction", async () => {
    const received: string[] = [];
    const receiver = http.createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        received.push(String(request.headers["factlog-event"]));
        response.writeHead(200, { "content-type": "text/plain" }).end("thanks");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/factlog`;
    const page = await browser.newPage();
    try {
      await signIn(page, admin.email, admin.password);
      await page.waitForURL("**/desk");
      await page.getByRole("link", { name: "Webhooks" }).click();
      await page.waitForURL("**/desk/webhooks");
      // An address in a private range is refused at delivery unless allowed; this receiver is on this machine.
      await page.getByLabel("Address", { exact: true }).fill("ftp://example.org/hook");
      await page.getByRole("button", { name: "Add webhook" }).click();
      await expect.poll(() => page.locator("body").innerText()).toMatch(/https:\/\/ or http:\/\//);
      await page.getByLabel("Address", { exact: true }).fill(url);
      await page.getByLabel(/Allow a private address/).check();
      await page.getByRole("button", { name: "Add webhook" }).click();
      const secret = page.getByTestId("webhook-secret");
      await secret.waitFor();
      expect(await secret.innerText()).toMatch(/^whsec_/);

      // A verdict of this test's own, published and then corrected through the desk's functions:
      // the demo's verdicts are other tests' to read.
      const publisher = await db.user.findUniqueOrThrow({ where: { email: reviewer.email }, select: { id: true, role: true } });
      const author = await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, role: true } });
      const entry = await db.entry.findFirstOrThrow({ select: { id: true, text: true } });
      const created = await createClaim({ db, actor: author, input: { statement: "Webhook test claim", quoteOriginal: "Webhook test quote", quoteLanguage: "en" } });
      const version = async () => (await db.claim.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } })).version;
      await linkEvidence({ db, actor: author, input: { claimId: created.id, entryId: entry.id, stance: "CONTEXT", passage: entry.text.slice(0, 30) } });
      await submitClaim({ db, actor: author, claimId: created.id, version: await version() });
      await publishClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(), ratingKey: "unproven", verdictSummary: "A summary long enough to pass review." } });
      // Older than every other verdict: no other test's "latest" changes.
      await db.claim.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.UTC(2022, 0, 31)) } });
      await correctClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(), ratingKey: "misleading", verdictSummary: "Corrected in the webhook browser test: the count was revised.", note: "The count was revised by the ministry." } });
      await expect.poll(() => received, { timeout: 15_000 }).toContain("claim.corrected");
      await expect
        .poll(async () => {
          await page.reload();
          return page.getByTestId("webhook").filter({ hasText: url }).getByTestId("delivery").first().innerText();
        }, { timeout: 15_000 })
        .toMatch(/claim\.corrected[\s\S]*delivered[\s\S]*200[\s\S]*thanks/);
      expect(await page.getByTestId("webhook").filter({ hasText: url }).getByRole("button", { name: "Send again" }).count()).toBeGreaterThan(0);
    } finally {
      // Switched off, so the other tests' verdicts are not sent to a receiver that is gone.
      await db.webhook.updateMany({ where: { url }, data: { active: false } });
      await page.close();
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
