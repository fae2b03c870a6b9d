// The desk's "To check" queue in Chromium (issue 17): the demo newsroom's spotted candidates,
// j/k to move, x to dismiss with a reason (it stays dismissed), c to open the claim form with the
// quote anchored to the candidate's words; the source page marks its candidates.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;

describe("the To check queue", () => {
  const base = inject("baseUrl");
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("moves with j and k, dismisses with x and a reason, and claims with c", async () => {
    const page = await browser.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.getByRole("link", { name: "To check" }).click();
    await page.waitForURL("**/desk/candidates");
    await page.locator("html[data-shortcuts=ready]").waitFor({ state: "attached" });
    const items = page.getByTestId("candidate");
    const before = await items.count();
    expect(before).toBeGreaterThan(2);
    const scores = (await page.locator("[data-testid=candidate] >> text=/^score /").allInnerTexts()).map((text) => Number(text.replace("score ", "")));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // j moves to the second, k back to the first.
    await page.keyboard.press("j");
    await expect.poll(() => items.nth(1).getAttribute("aria-current")).toBe("true");
    await page.keyboard.press("k");
    await expect.poll(() => items.nth(0).getAttribute("aria-current")).toBe("true");

    // x on the second asks why, and the dismissal stays after a reload.
    await page.keyboard.press("j");
    const dismissed = await items.nth(1).locator("mark").innerText();
    await page.keyboard.press("x");
    await page.getByPlaceholder("Why it is not worth checking").fill("A schedule, not a statement");
    await page.keyboard.press("Enter");
    await page.getByTestId("queue-message").getByText("Dismissed.").waitFor();
    await page.reload();
    await expect.poll(() => items.count()).toBe(before - 1);
    expect(await page.locator("[data-testid=candidate] mark").allInnerTexts()).not.toContain(dismissed);

    // c on the first opens the claim form with its words as the anchored quote.
    await page.locator("html[data-shortcuts=ready]").waitFor({ state: "attached" });
    const words = await items.nth(0).locator("mark").innerText();
    await page.keyboard.press("c");
    await page.waitForURL("**/desk/claims/new?**");
    expect(await page.getByTestId("anchored-quote").inputValue()).toBe(words);
    await page.close();
  });

  it("marks the candidates inside a source's entries", async () => {
    const db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    const candidate = await db.claimCandidate.findFirstOrThrow({ where: { dismissedAt: null }, select: { entry: { select: { sourceId: true } } } });
    await db.$disconnect();
    const page = await browser.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await page.goto(`${base}/desk/sources/${candidate.entry.sourceId}`);
    await page.getByTestId("entry-candidates").first().waitFor();
    expect(await page.getByTestId("entry-candidates").first().innerText()).toContain("To check");
    await page.close();
  });
});
