// Signing in as a new user would: with scripts off (or before they load), from a link to a
// claim in a chat, and from a link that tries to send them elsewhere afterwards.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;

describe("signing in", () => {
  const base = inject("baseUrl");
  let browser: Browser;
  let claimId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    claimId = (await db.claim.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true } })).id;
    await db.$disconnect();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("works with scripts off, as a POST: the password is in no address, and a wrong one is refused in words", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: { method: string; url: string }[] = [];
    page.on("request", (request) => requests.push({ method: request.method(), url: request.url() }));
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password do not match an active account.").waitFor();
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/desk`);
    expect(await page.getByTestId("current-user").innerText()).toMatch(/Elnura Editor/);
    for (const request of requests) {
      expect(request.url, request.url).not.toContain(encodeURIComponent(editor.password));
      expect(request.url, request.url).not.toContain("password");
    }
    expect(requests.filter((request) => request.url.includes("/signin") && request.method === "POST").length).toBe(2);
    expect(page.url()).not.toContain("?");
    await context.close();
  });

  it("brings an editor who followed a link to a claim back to that claim after signing in", async () => {
    const page = await browser.newPage();
    const response = await fetch(`${base}/desk/claims/${claimId}?tab=evidence`, { redirect: "manual" });
    expect(response.headers.get("location")).toBe(`/signin?callbackUrl=${encodeURIComponent(`/desk/claims/${claimId}?tab=evidence`)}`);
    await page.goto(`${base}/desk/claims/${claimId}`);
    await page.waitForURL(`**/signin?callbackUrl=${encodeURIComponent(`/desk/claims/${claimId}`)}`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/desk/claims/${claimId}`);
    await page.getByTestId("claim-status").waitFor();
    await page.close();
  });

  it("ignores an address on another site and lands on the dashboard", async () => {
    for (const outside of ["https://evil.example/desk", "//evil.example/desk", "/\\evil.example"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/signin?callbackUrl=${encodeURIComponent(outside)}`);
      await page.getByLabel("Email").fill(editor.email);
      await page.getByLabel("Password").fill(editor.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${base}/desk`);
      expect(new URL(page.url()).host).toBe(new URL(base).host);
      await context.close();
    }
  });
});
