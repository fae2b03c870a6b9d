// The desk in Kyrgyz, Russian and English (issue 19), as a newsroom's people meet it in Chromium.
// Before anyone chooses, the browser's language decides: the sign-in page answers a Russian
// browser in Russian. An editor switches the desk to Kyrgyz in its header; the choice is saved on
// their account and outlives the session; the claim they log from an entry speaks Kyrgyz
// throughout, its refusals included. The test's editor is its own: the demo's people stay English.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { createUser } from "../../lib/users/mutations";
import { launchBrowser, selectWords, signIn } from "../helpers/browser";

const base = inject("baseUrl");
const EDITOR = { email: "aigul.desk-languages@example.org", name: "Айгүл Токтогулова", password: "Kyrgyz desk 2026!" };

describe("the desk in three languages", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    await createUser({ db, actorId: null, input: { ...EDITOR, role: "editor" } });
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("speaks the browser's language before anyone chooses", async () => {
    for (const [locale, lang, heading] of [
      ["ru-RU", "ru", "Вход в редакцию"],
      ["ky-KG", "ky", "Редакцияга кирүү"],
      ["de-DE", "en", "Sign in to the desk"],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${base}/signin`);
      expect(await page.locator("html").getAttribute("lang"), locale).toBe(lang);
      expect(await page.locator("h1").innerText(), locale).toBe(heading);
      await context.close();
    }
  });

  it("switches to Kyrgyz, keeps the choice on the account, and logs a claim in Kyrgyz", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await signIn(page, EDITOR.email, EDITOR.password);
    await page.waitForURL("**/desk");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("navigation").getByRole("link", { name: "Claims", exact: true }).waitFor();

    await page.getByTestId("desk-language").selectOption("ky");
    await page.waitForFunction(() => document.documentElement.lang === "ky");
    await page.getByRole("navigation").getByRole("link", { name: "Билдирүүлөр", exact: true }).waitFor();
    expect(await page.locator("h1").innerText()).toBe("Жалпы көрүнүш");
    expect(await db.user.findUniqueOrThrow({ where: { email: EDITOR.email }, select: { locale: true } })).toEqual({ locale: "ky" });

    // From an entry: select its first words and make a claim of them.
    const entry = await db.entry.findFirstOrThrow({ where: { language: "ru", text: { contains: " " } }, orderBy: { id: "asc" }, select: { id: true, ordinal: true, text: true } });
    const words = entry.text.split(/\s+/).slice(0, 4).join(" ");
    await page.goto(`${base}/desk/entries/${entry.id}`);
    expect(await page.locator("h1").innerText()).toContain(`№${entry.ordinal} жазуу`);
    await page.locator("html[data-shortcuts=ready]").waitFor({ state: "attached" });
    await selectWords(page, "#entry-text", words);
    await page.getByRole("button", { name: "Белгиленгенден билдирүү" }).click();
    await page.waitForURL("**/desk/claims/new?**");
    expect(await page.locator("h1").innerText()).toBe("Жаңы билдирүү");
    expect(await page.getByLabel("Түп нуска тилиндеги так цитата").inputValue()).toBe(words);

    // Refused beside the field, in Kyrgyz, before anything is sent.
    await page.getByRole("button", { name: "Билдирүү түзүү" }).click();
    expect(await page.getByTestId("error-statement").innerText()).toBe("Билдирүүнү кыскача жазыңыз.");
    expect(await page.getByTestId("form-message").innerText()).toBe("Айрым талааларды оңдоо керек; жанындагы билдирүүлөрдү караңыз.");
    await page.getByLabel(/^Билдирүү \(/).fill("Кыргызча редакциядан катталган билдирүү");
    await page.getByRole("button", { name: "Билдирүү түзүү" }).click();
    await page.waitForURL(/\/desk\/claims\/[^/]+$/);
    expect(await page.getByTestId("claim-status").innerText()).toBe("Долбоор");
    expect(await page.getByRole("button", { name: "Текшерүүгө жөнөтүү" }).count()).toBe(1);
    const claim = await db.claim.findFirstOrThrow({ where: { statement: "Кыргызча редакциядан катталган билдирүү" }, select: { status: true, quoteOriginal: true } });
    expect(claim).toEqual({ status: "DRAFT", quoteOriginal: words });
    await context.close();

    // A new session, in an English browser: the desk remembers Kyrgyz.
    const again = await browser.newContext({ locale: "en-GB" });
    const later = await again.newPage();
    await signIn(later, EDITOR.email, EDITOR.password);
    await later.waitForURL("**/desk");
    expect(await later.locator("html").getAttribute("lang")).toBe("ky");
    // And back to Russian: one/few/many as Russian counts them.
    await later.getByTestId("desk-language").selectOption("ru");
    await later.waitForFunction(() => document.documentElement.lang === "ru");
    await later.getByRole("navigation").getByRole("link", { name: "Заявления", exact: true }).waitFor();
    await again.close();
  });
});
