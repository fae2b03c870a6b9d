import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";

// Contract tests of the public API against the OpenAPI document it serves: every response is
// validated with the document's own schemas, which forbid fields they do not describe.
type Doc = { components: { schemas: Record<string, object> } };
// Both packages are CommonJS: under ESM their classes may sit on .default.
const interop = <T,>(module: T): T => (module as T & { default?: T }).default ?? module;
const Ajv = interop(Ajv2020);
const withFormats = interop(addFormats);

describe("the public API against its OpenAPI document", () => {
  const base = inject("baseUrl");
  let db: Db;
  let validate: (schema: string, body: unknown) => void;

  beforeAll(async () => {
    db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    const response = await fetch(`${base}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Doc & { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
    const ajv = new Ajv({ strict: false, allErrors: true });
    withFormats(ajv);
    ajv.addSchema({ $id: "api", components: doc.components });
    validate = (schema, body) => {
      const check = ajv.getSchema(`api#/components/schemas/${schema}`)!;
      if (!check(body)) throw new Error(`${schema}: ${ajv.errorsText(check.errors)}`);
    };
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  async function get(path: string) {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  it("pages through every published claim with cursors, and never a draft", async () => {
    const seen: string[] = [];
    let path = "/api/v1/claims?limit=4";
    for (let pages = 0; pages < 50; pages++) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      validate("ClaimList", body);
      seen.push(...body.items.map((item: { slug: string }) => item.slug));
      if (!body.next) break;
      path = `/api/v1/claims?limit=4&cursor=${encodeURIComponent(body.next)}`;
    }
    const published = await db.claim.findMany({ where: { status: { in: ["PUBLISHED", "UPDATED"] } }, select: { slug: true } });
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(published.map((claim) => claim.slug).sort());
    const draft = await db.claim.findFirstOrThrow({ where: { status: "DRAFT" }, select: { slug: true } });
    expect(seen).not.toContain(draft.slug);
    expect((await get(`/api/v1/claims/${draft.slug}`)).status).toBe(404);
  });

  it("filters by speaker, verdict, quantity, language, dates and words in any spelling", async () => {
    const bySpeaker = await get("/api/v1/claims?speaker=kassym-jomart-tokayev");
    validate("ClaimList", bySpeaker.body);
    expect(bySpeaker.body.items.length).toBe(3);
    const byWord = await get(`/api/v1/claims?q=${encodeURIComponent("Тоқаев")}`);
    expect(byWord.body.items.map((item: { slug: string }) => item.slug).sort()).toEqual(bySpeaker.body.items.map((item: { slug: string }) => item.slug).sort());
    const unproven = await get("/api/v1/claims?verdict=unproven&language=ky");
    expect(unproven.body.items.map((item: { slug: string }) => item.slug)).toContain("20-000-bandits-attacked-almaty");
    for (const item of unproven.body.items) expect(item.verdict.key).toBe("unproven");
    const deaths = await get("/api/v1/claims?quantity=deaths-january-2022&from=2022-01-01&to=2022-12-31");
    expect(deaths.body.items.length).toBeGreaterThan(0);
    for (const item of deaths.body.items) expect(item.figure.quantity.key).toBe("deaths-january-2022");
    expect((await get("/api/v1/claims?from=2030-01-01")).body).toEqual({ items: [], next: null });
  });

  it("gives one claim with its figure, verdict and evidence with sources", async () => {
    const { status, body, headers } = await get("/api/v1/claims/20-000-bandits-attacked-almaty");
    expect(status).toBe(200);
    validate("Claim", body);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(body.figure).toMatchObject({ value: 20000, hedge: "EXACT", quantity: { key: "attackers-almaty-january-2022" } });
    expect(body.verdict).toMatchObject({ key: "unproven", reviewValue: null, label: { en: "Unproven", ru: "Не доказано" } });
    expect(body.evidence.map((item: { stance: string }) => item.stance).sort()).toEqual(["CONTRADICTS", "CONTRADICTS", "SUPPORTS"]);
    expect(body.evidence[0].source).toHaveProperty("title");
  });

  it("gives every figure of a quantity with its source and date", async () => {
    const { status, body } = await get("/api/v1/quantities/deaths-january-2022");
    expect(status).toBe(200);
    validate("Quantity", body);
    expect(body.key).toBe("deaths-january-2022");
    expect(body.figures.length).toBeGreaterThanOrEqual(5);
    expect(body.figures.some((figure: { kind: string; value: number }) => figure.kind === "claim" && figure.value === 238)).toBe(true);
    const dated = body.figures.filter((figure: { at: string | null }) => figure.at).map((figure: { at: string }) => figure.at);
    expect(dated).toEqual([...dated].sort());
  });

  it("says what is wrong with a bad request, in the documented error shape", async () => {
    const cases: [string, number, RegExp][] = [
      ["/api/v1/claims?limit=500", 400, /"limit" must be a whole number from 1 to 100/],
      ["/api/v1/claims?language=xx", 400, /"language" must be one of/],
      ["/api/v1/claims?from=2022-02-30", 400, /"from" must be a real calendar date/],
      ["/api/v1/claims?cursor=abc", 400, /"cursor" is not one this API gave out/],
      ["/api/v1/claims?sort=desc", 400, /Unknown parameter "sort"/],
      ["/api/v1/claims/no-such-claim", 404, /No published claim has the slug "no-such-claim"/],
      ["/api/v1/quantities/no-such-quantity", 404, /No published quantity has the key/],
    ];
    for (const [path, status, message] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      validate("Error", response.body);
      expect(response.body.error.message).toMatch(message);
    }
  });

  it("serves the feeds, the ClaimReview data feed, the sitemap and robots.txt", async () => {
    const rss = await fetch(`${base}/feed.xml`);
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    expect(await rss.text()).toContain("<title>20,000 bandits attacked Almaty</title>");
    const atom = await (await fetch(`${base}/atom.xml`)).text();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    // The same feeds in Russian: the demo's verdicts carry approved Russian versions.
    const russian = await (await fetch(`${base}/feed.xml?lang=ru`)).text();
    expect(russian).toContain("<title>На Алматы напали 20 000 бандитов</title>");
    expect(russian).toMatch(/<link>https?:\/\/[^<]+\/ru\/claims\/20-000-bandits-attacked-almaty<\/link>/);
    const feed = await (await fetch(`${base}/claim-reviews.json`)).json();
    expect(feed["@type"]).toBe("DataFeed");
    const published = await db.claim.count({ where: { status: { in: ["PUBLISHED", "UPDATED"] } } });
    // Each verdict in English, and again in each language it has been translated into.
    expect(feed.dataFeedElement.filter((review: { inLanguage: string }) => review.inLanguage === "en")).toHaveLength(published);
    expect(feed.dataFeedElement[0]["@type"]).toBe("ClaimReview");
    expect(feed.dataFeedElement).toContainEqual(expect.objectContaining({ inLanguage: "ky", url: expect.stringMatching(/\/ky\/claims\/20-000-bandits-attacked-almaty$/), claimReviewed: "Алматыга 20 000 бандит кол салган" }));
    const index = await (await fetch(`${base}/sitemap.xml`)).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    expect(parts).toEqual(["/sitemaps/pages.xml", "/sitemaps/claims-0.xml"]);
    const sitemap = await (await fetch(`${base}/sitemaps/claims-0.xml`)).text();
    expect(sitemap).toContain("/ky/claims/20-000-bandits-attacked-almaty</loc>");
    // Every verdict in English; in Russian and Kyrgyz only where translated (the demo's are).
    expect(sitemap.match(/<url>/g)!.length).toBeGreaterThanOrEqual(published);
    expect(sitemap).toContain("/ru/claims/238-people-died-in-the-january-2022-events</loc>");
    expect((await fetch(`${base}/sitemaps/other.xml`)).status).toBe(404);
    expect(await (await fetch(`${base}/robots.txt`)).text()).toMatch(/Disallow: \/desk[\s\S]*Sitemap: http/);
  });
});
