import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;

describe("the app shell in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a visitor reads a published claim from the home page", async () => {
    const page = await browser.newPage();
    await page.goto(inject("baseUrl"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Latest verdicts");
    await page.getByRole("link", { name: "20,000 bandits attacked Almaty" }).click();
    await page.waitForURL("**/claims/20-000-bandits-attacked-almaty");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("20,000 bandits attacked Almaty");
    const body = await page.locator("main").innerText();
    expect(body).toContain("Алматыга 20 миң бандит кол салганын");
    expect(body).toContain("Kassym-Jomart Tokayev");
    expect(body).toContain("Verdict: Unproven");
    expect(body).toContain("Contradicts the claim (2)");
    await page.close();
  });

  it("a visitor is sent away from the desk to sign in", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/desk`);
    await page.waitForURL("**/signin?callbackUrl=%2Fdesk");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sign in to the desk");
    await page.close();
  });

  it("a wrong password is refused with a message beside the form", async () => {
    const page = await browser.newPage();
    await signIn(page, editor.email, "not the password");
    await page.getByText("That email and password do not match an active account.").waitFor();
    expect(page.url()).toContain("/signin");
    await page.close();
  });

  it("an editor signs in, sees the desk with their name and role, and signs out", async () => {
    const page = await browser.newPage();
    await signIn(page, editor.email, editor.password);
    await page.waitForURL("**/desk");
    await expect(page.getByTestId("current-user").innerText()).resolves.toMatch(/Elnura Editor\s+Editor/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Dashboard");
    const desk = await page.locator("main").innerText();
    expect(desk).toContain("Recent sources");
    expect(desk).toContain("Telegram: Жанаозен, 4 января");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(inject("baseUrl") + "/");
    await page.goto(`${inject("baseUrl")}/desk`);
    await page.waitForURL("**/signin**");
    await page.close();
  });
});

describe("sessions follow the account", () => {
  it("a deactivated editor's open session stops working at once", async () => {
    const { createDb } = await import("../../lib/db/client");
    const { createUser, setUserActive } = await import("../../lib/users/mutations");
    const db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    const browser = await launchBrowser();
    try {
      await createUser({ db, actorId: null, input: { email: "temp@factlog.test", name: "Temp Editor", role: "editor", password: "temporary password 1" } });
      const page = await browser.newPage();
      await signIn(page, "temp@factlog.test", "temporary password 1");
      await page.waitForURL("**/desk");
      await setUserActive({ db, actorId: null, email: "temp@factlog.test", active: false });
      await page.reload();
      await page.waitForURL("**/signin**");
    } finally {
      await browser.close();
      await db.$disconnect();
    }
  });
});
