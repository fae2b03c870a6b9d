// The site's identity (issue 19): an admin sets it in the desk, in three languages; a reader's
// page in Russian, the feeds and the "How we check" page show it; markup and a logo that is not
// an image are refused in words; nothing of one story is in the code.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { saveSiteIdentity } from "../../lib/identity/mutations";
import { DEMO_IDENTITY } from "../../prisma/demo/identity";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const base = inject("baseUrl");
const admin = DEMO_USERS.find((user) => user.role === "admin")!;

describe("the site's identity", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
  });
  afterAll(async () => {
    // The demo's own identity back, for the other tests.
    const owner = await db.user.findUniqueOrThrow({ where: { email: admin.email }, select: { id: true } });
    await saveSiteIdentity({ db, actor: owner, input: DEMO_IDENTITY });
    await browser?.close();
    await db?.$disconnect();
  });

  it("an admin sets it in the desk, and a Russian reader's page, the feeds and How we check show it", async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await page.waitForURL("**/desk");
    await page.getByRole("link", { name: "Site identity" }).click();
    await page.waitForURL("**/desk/identity");

    // Markup in a translation is refused beside its field, and nothing is saved.
    await page.getByLabel("Tagline (Русский)").fill("Проверено <b>нами</b>");
    await page.getByRole("button", { name: "Save the site’s identity" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("The tagline: write plain text, without markup such as <b> or <a>.");

    // A logo that is not an image is refused in words.
    await page.getByLabel("Tagline (Русский)").fill("Проверка заявлений Кабара по первоисточникам.");
    await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") });
    await page.getByRole("button", { name: "Save the site’s identity" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("The logo is not a PNG, JPEG, WebP or GIF image.");

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
    await page.getByLabel("Name (Русский)").fill("Кабар Чек");
    await page.getByLabel("Name (English)").fill("Kabar Check");
    await page.getByLabel("How we check (Русский)").fill("Мы сверяем каждое заявление с первоисточником.\n\nВторой редактор проверяет вердикт.");
    await page.getByLabel("Contact address").fill("desk@kabar.example");
    await page.getByRole("button", { name: "Save the site’s identity" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("Saved: every public page shows it now.");

    const reader = await browser.newPage();
    await reader.goto(`${base}/ru`);
    expect(await reader.locator("main").innerText()).toContain("Проверка заявлений Кабара по первоисточникам.");
    expect(await reader.title()).toContain("Кабар Чек");
    await reader.goto(`${base}/ru/how-we-check`);
    const method = await reader.locator("main").innerText();
    expect(method).toContain("Мы сверяем каждое заявление с первоисточником.");
    expect(method).toContain("desk@kabar.example");
    await reader.close();

    const feed = await (await fetch(`${base}/feed.xml`)).text();
    expect(feed).toContain("<title>Kabar Check: new verdicts</title>");
    const logo = await fetch(`${base}/logo`);
    expect(logo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await logo.arrayBuffer()).equals(png)).toBe(true);
    // Audited, with the logo by its type and size.
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "SiteIdentity" }, orderBy: { createdAt: "desc" }, select: { after: true } });
    expect(event.after).toMatchObject({ logo: { type: "image/png", bytes: png.length } });
    await page.close();
  });
});
