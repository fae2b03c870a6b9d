// Following a feed from the desk (issue 18), in Chromium as a person would: an editor's attempt at
// a private address is refused in words; an admin follows a feed served here (allowing its
// private address), the queue polls it, the page shows what it brought and links to the entries;
// an entry's date is corrected by hand; the feed breaks and the page says why in words, with the
// entries kept; pause, resume, stop.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;
const admin = DEMO_USERS.find((user) => user.role === "admin")!;

const feed = (items: { id: string; text: string }[]) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Browser test live blog</title>
${items.map((item) => `<entry><id>urn:test:${item.id}</id><title>${item.text}</title><updated>2022-01-0${item.id}T09:00:00+06:00</updated><content type="html">&lt;p&gt;${item.text}&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;</content><link href="https://live.example.org/${item.id}"/></entry>`).join("\n")}
</feed>`;

describe("followed feeds in the desk", () => {
  let browser: Browser;
  let db: Db;
  let items = [
    { id: "5", text: "Browser-follow: police reported 1,300 detained in Almaty." },
    { id: "6", text: "Browser-follow: the airport was closed <b>for the day</b>." },
  ];
  let broken = false;
  const server = http.createServer((_request, response) => {
    if (broken) return void response.writeHead(503).end();
    response.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" }).end(feed(items));
  });
  let url = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/live.atom`;
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("an editor cannot point at a private address; an admin follows a feed, reads what it brought and why it failed, pauses and stops", async () => {
    const asEditor = await browser.newPage();
    await signIn(asEditor, editor.email, editor.password);
    await asEditor.waitForURL("**/desk");
    await asEditor.getByRole("link", { name: "Follow" }).click();
    await asEditor.waitForURL("**/desk/follows");
    expect(await asEditor.getByLabel(/Allow a private address/).count()).toBe(0);
    await asEditor.getByLabel("Address", { exact: true }).fill("ftp://example.org/feed");
    await asEditor.getByRole("button", { name: "Follow" }).click();
    await expect.poll(() => asEditor.getByTestId("error-follow-url").innerText()).toContain("Factlog follows http:// and https:// addresses only.");
    await asEditor.close();

    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await page.waitForURL("**/desk");
    await page.goto(`${inject("baseUrl")}/desk/follows`);
    await page.getByLabel("Address", { exact: true }).fill(url);
    await page.getByLabel(/Look every/).fill("0");
    await page.getByRole("button", { name: "Follow" }).click();
    await expect.poll(() => page.getByTestId("error-follow-interval").innerText()).toContain("Look at most once a minute.");
    await page.getByLabel(/Look every/).fill("1");
    await page.getByLabel(/Allow a private address/).check();
    await page.getByRole("button", { name: "Follow" }).click();
    await page.getByText(`Following ${url}`).waitFor();

    // The queue's sweep polls it within seconds; the page tells what it brought.
    const card = page.getByTestId("follow").filter({ hasText: url });
    await expect.poll(async () => (await page.reload(), card.getByTestId("follow-outcome").innerText()), { timeout: 30_000, interval: 1_000 }).toBe("2 new entries");
    expect(await card.locator("h2").innerText()).toBe("Browser test live blog");
    await card.getByTestId("follow-source").click();
    await page.waitForURL("**/desk/sources/**");
    const body = await page.locator("main").innerText();
    expect(body).toContain("police reported 1,300 detained in Almaty");
    // The feed's markup arrives as text, never as markup.
    expect(body).toContain("the airport was closed for the day");
    expect(await page.locator("main img").count()).toBe(0);

    // An entry's date, read from the feed, can be corrected by hand.
    await page.getByRole("link", { name: "Open entry #1" }).click();
    await page.waitForURL("**/desk/entries/**");
    expect(await page.locator("main time").first().getAttribute("datetime")).toBe("2022-01-05T03:00:00.000Z");
    await page.getByText("Correct the post’s date and time").click();
    await page.getByLabel("Posted at (UTC)").fill("2022-01-04T21:15");
    await page.getByRole("button", { name: "Save the date" }).click();
    await expect.poll(() => page.getByTestId("error-entry-date-reason").innerText()).toContain("Say why the date changes");
    await page.getByLabel("Why").fill("The liveblog gave the local evening before");
    await page.getByRole("button", { name: "Save the date" }).click();
    await page.getByText("Saved: timelines place this entry's figures on the new date.").waitFor();
    await expect.poll(async () => (await page.reload(), page.locator("main time").first().getAttribute("datetime"))).toBe("2022-01-04T21:15:00.000Z");

    // The feed breaks: the page says so in words, the entries stay.
    broken = true;
    await page.goto(`${inject("baseUrl")}/desk/follows`);
    await card.getByRole("button", { name: "Poll now" }).click();
    await expect.poll(async () => (await page.reload(), card.getByTestId("follow-error").count()), { timeout: 30_000, interval: 1_000 }).toBe(1);
    expect(await card.getByTestId("follow-error").innerText()).toMatch(/answered 503 Service Unavailable\. The server's own error; it will be tried again later\. Next try in 2 min\./);
    expect(await card.getByTestId("follow-source").innerText()).toMatch(/^2 in /);

    // Back again with a new post: polled on request, the failure forgotten.
    broken = false;
    items = [...items, { id: "7", text: "Browser-follow: a curfew was announced until 7 January." }];
    await db.follow.updateMany({ where: { url }, data: { nextPollAt: new Date() } });
    await expect.poll(async () => (await page.reload(), card.getByTestId("follow-outcome").innerText()), { timeout: 30_000, interval: 1_000 }).toBe("1 new entry");
    expect(await card.getByTestId("follow-error").count()).toBe(0);

    await card.getByRole("button", { name: "Pause" }).click();
    await expect.poll(() => card.getByTestId("follow-state").innerText()).toBe("paused · private address allowed");
    await card.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => card.getByTestId("follow-state").innerText()).toMatch(/^on, every 1 min/);
    page.once("dialog", (dialog) => void dialog.accept());
    await card.getByRole("button", { name: "Stop following" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("No longer followed");
    expect(await db.follow.findUniqueOrThrow({ where: { url }, select: { state: true } })).toEqual({ state: "STOPPED" });
    expect(await db.entry.count({ where: { source: { follow: { url } } } })).toBe(3);
    await page.close();
  });
});
