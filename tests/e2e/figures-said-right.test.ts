// Figures as the text says them, in a browser (issue 21): "nearly" stays "nearly" on a verdict
// page in three languages, and a reviewer is told why they cannot publish their own claim.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { createDb, type Db } from "../../lib/db/client";
import { linkEvidence } from "../../lib/evidence/mutations";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { launchBrowser, signIn } from "../helpers/browser";

const editor = DEMO_USERS.find((user) => user.role === "editor")!;
const reviewer = DEMO_USERS.find((user) => user.role === "reviewer")!;

describe("figures said right", () => {
  const base = inject("baseUrl");
  let db: Db;
  let browser: Browser;
  let slug: string;
  let ownClaimId: string;

  beforeAll(async () => {
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    browser = await launchBrowser();
    const author = await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, role: true } });
    const publisher = await db.user.findUniqueOrThrow({ where: { email: reviewer.email }, select: { id: true, role: true } });
    const entry = await db.entry.findFirstOrThrow({ where: { text: { startsWith: "Nearly 10,000 people have now been detained" } }, select: { id: true, text: true } });
    const quantity = await db.quantity.findUniqueOrThrow({ where: { key: "detained-january-2022" }, select: { id: true } });
    const version = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    const created = await createClaim({
      db,
      actor: author,
      input: {
        statement: "Nearly ten thousand detained by 11 January",
        quoteOriginal: "Nearly 10,000 people have now been detained",
        quoteLanguage: "en",
        entryId: entry.id,
        figure: { value: 10000, hedge: "APPROX", hedgeWord: "nearly", unit: "people", quantityId: quantity.id, asOf: "2022-01-11T00:00:00Z" },
      },
    });
    await linkEvidence({ db, actor: author, input: { claimId: created.id, entryId: entry.id, stance: "SUPPORTS", passage: entry.text.slice(0, 40) } });
    await submitClaim({ db, actor: author, claimId: created.id, version: await version(created.id) });
    await publishClaim({ db, actor: publisher, input: { claimId: created.id, version: await version(created.id), ratingKey: "true", verdictSummary: "The interior ministry's own count, as reported." } });
    slug = created.slug;
    // A claim the reviewer wrote, awaiting review.
    const own = await createClaim({ db, actor: publisher, input: { statement: "A reviewer's own claim", quoteOriginal: "Nearly 10,000 people", quoteLanguage: "en", entryId: entry.id } });
    await submitClaim({ db, actor: publisher, claimId: own.id, version: 1 });
    ownClaimId = own.id;
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("keeps 'nearly' on the verdict page in English, Russian and Kyrgyz, never 'up to'", async () => {
    const page = await browser.newPage();
    const expected: [string, RegExp, RegExp][] = [
      ["", /nearly 10,000 people/, /up to 10,000/],
      ["/ru", /почти 10\s000 человек/, /до 10\s000/],
      ["/ky", /10\s000ге жакын адам/, /эң көп дегенде/],
    ];
    for (const [prefix, shown, never] of expected) {
      await page.goto(`${base}${prefix}/claims/${slug}`);
      const figure = await page.getByTestId("figure-claimed").innerText();
      expect(figure, prefix || "/en").toMatch(shown);
      expect(figure).not.toMatch(never);
    }
    await page.close();
  });

  it("shows a reviewer why they cannot publish their own claim, instead of a Publish button", async () => {
    const page = await browser.newPage();
    await signIn(page, reviewer.email, reviewer.password);
    await page.waitForURL("**/desk");
    await page.goto(`${base}/desk/claims/${ownClaimId}`);
    await page.getByTestId("publish-blocked").waitFor();
    expect(await page.getByTestId("publish-blocked").innerText()).toContain("another reviewer must publish it");
    expect(await page.getByRole("button", { name: "Publish", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Send back to draft" }).count()).toBe(1);
    await page.close();
  });
});
