// Two production instances on one PostgreSQL and one Redis (issue 16): a correction published
// through instance A, as a reviewer would through the desk, shows on instance B's verdict page,
// search results and API within a second; with Redis stopped both still answer from the
// database, and cache again once it is back.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { DEMO_USERS, seedDemo } from "../../prisma/demo/seed-demo";
import { signInOverHttp } from "../helpers/http-session";
import { startPrivateRedis, type PrivateRedis } from "../helpers/private-redis";
import { buildActions, callAction } from "../helpers/server-actions";
import { serveBuild, type ServedApp } from "../helpers/served-app";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const SLUG = "238-people-died-in-the-january-2022-events";
const reviewer = DEMO_USERS.find((user) => user.role === "reviewer")!;

describe("two instances, one truth", () => {
  let redis: PrivateRedis;
  let database: TestDatabase;
  let db: Db;
  let a: ServedApp;
  let b: ServedApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createTestDatabase("instances");
    await applyMigrations({ url: database.url });
    db = createDb(database.url, { maxConnections: 2 });
    await seedDemo({ db });
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `factlog-test-${randomBytes(4).toString("hex")}:`, NEXTAUTH_SECRET: randomBytes(32).toString("hex") };
    const port = 5200 + Math.floor(Math.random() * 300);
    [a, b] = await Promise.all([serveBuild({ databaseUrl: database.url, port, quiet: true, env }), serveBuild({ databaseUrl: database.url, port: port + 1, quiet: true, env })]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.$disconnect();
    await database?.drop();
    await redis?.stop();
  });

  // As a browser asks for a page; `door`: answered by the front door's copy of the page cache (it alone gives an Age).
  const get = (app: ServedApp, address: string) =>
    fetch(`${app.baseUrl}${address}`, { headers: { accept: "text/html" } }).then(async (response) => ({ status: response.status, cache: response.headers.get("x-nextjs-cache"), door: response.headers.has("age"), body: await response.text() }));

  // A reviewer's correction of `claim`'s verdict to "misleading", through instance A's desk.
  const correctThroughA = async (claim: { id: string; version: number }, summary: string, note: string) => {
    const cookie = await signInOverHttp(a.baseUrl, reviewer.email, reviewer.password);
    const { reply } = await callAction({
      base: a.baseUrl,
      page: `/desk/claims/${claim.id}`,
      id: buildActions().get("correctClaimAction")!.id,
      args: [{ claimId: claim.id, version: claim.version, ratingKey: "misleading", verdictSummary: summary, note }],
      cookie,
    });
    expect(reply).toMatchObject({ ok: true });
  };

  it("a correction published through A shows on B's verdict page, search and API within a second, and leaves other verdicts cached", async () => {
    const search = `/search?q=${encodeURIComponent("238")}`;
    // Two other verdicts: one on another quantity, one on the corrected claim's, whose timeline shows the corrected claim's figure.
    const [elsewhere, sameQuantity] = await Promise.all(
      ["20,000 bandits attacked Almaty", "The health ministry reported 164 deaths on 9 January"].map(async (statement) => `/claims/${(await db.claim.findFirstOrThrow({ where: { statement }, select: { slug: true } })).slug}`),
    );
    // Warm every reader's page on both instances: the second reading of each is from the shared cache.
    for (const app of [a, b]) {
      for (const address of [`/claims/${SLUG}`, search, `/api/v1/claims/${SLUG}`, elsewhere, sameQuantity]) await get(app, address);
    }
    const before = await get(b, elsewhere);
    expect(before.door).toBe(true);
    expect((await get(b, `/claims/${SLUG}`)).cache).toBe("HIT");
    expect((await get(b, `/claims/${SLUG}`)).door).toBe(true);
    expect((await get(b, `/api/v1/claims/${SLUG}`)).door).toBe(true);

    const claim = await db.claim.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, version: true } });
    const summary = `Corrected through instance A at ${Date.now()}: the official toll was revised.`;
    await correctThroughA(claim, summary, "The toll was revised after the first count.");
    const published = performance.now();

    const seen = async (check: () => Promise<boolean>) => {
      while (performance.now() - published < 1000) {
        if (await check()) return performance.now() - published;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return null;
    };
    // A reader of each kind asks at once, each within the same second of the publication.
    const [page, api, found] = await Promise.all([
      seen(async () => (await get(b, `/claims/${SLUG}`)).body.includes(summary)),
      seen(async () => (await get(b, `/api/v1/claims/${SLUG}`)).body.includes(summary)),
      seen(async () => /data-verdict="misleading"/.test((await get(b, search)).body)),
    ]);
    expect(page, "verdict page on B").not.toBeNull();
    expect(api, "API on B").not.toBeNull();
    expect(found, "search on B").not.toBeNull();
    // B knows of the correction by now. The verdict on another quantity is still the copy made before
    // it; the one whose timeline shows the corrected claim's figure is rendered again.
    const after = await get(b, elsewhere);
    expect([after.door, after.body]).toEqual([true, before.body]);
    expect((await get(b, sameQuantity)).cache).toBe("MISS");
  });

  it("renders a corrected verdict once, on the instance that published it, and keeps the API's answers about other claims", async () => {
    const corrected = await db.claim.findFirstOrThrow({ where: { statement: "20,000 bandits attacked Almaty" }, select: { id: true, slug: true, version: true } });
    const other = [`/api/v1/claims/${SLUG}`, `/api/v1/claims?q=238`];
    for (const address of [`/claims/${corrected.slug}`, ...other]) await get(b, address);
    const before = await Promise.all(other.map((address) => get(b, address)));
    expect(before.map((answer) => answer.door)).toEqual([true, true]);

    const summary = `Corrected through instance A at ${Date.now()}: no such number was ever counted.`;
    await correctThroughA(corrected, summary, "Checked against the official count.");
    // A renders the corrected page as soon as it has answered the reviewer; B's first reader of it gets that page from Redis.
    await new Promise((resolve) => setTimeout(resolve, 500));
    let first: Awaited<ReturnType<typeof get>> | null = null;
    for (const started = performance.now(); !first && performance.now() - started < 2000; ) {
      const answer = await get(b, `/claims/${corrected.slug}`);
      if (answer.body.includes(summary)) first = answer;
    }
    expect(first?.cache, "B's first answer with the correction").toBe("HIT");
    // The API's answer about another claim, and a list that does not hold the corrected one, are still the door's copies.
    const after = await Promise.all(other.map((address) => get(b, address)));
    expect(after.map((answer) => [answer.door, answer.body])).toEqual(before.map((answer) => [true, answer.body]));
  });

  it("after a publication through A, B serves the pages it holds while it makes them again, and the new claim's page at once", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { statement: "Internet access was cut across Kazakhstan", status: "IN_REVIEW" }, select: { id: true, slug: true, version: true } });
    for (let i = 0; i < 2; i += 1) await get(b, "/");
    expect((await get(b, "/")).door).toBe(true);
    expect((await get(b, `/claims/${claim.slug}`)).status).toBe(404);

    const cookie = await signInOverHttp(a.baseUrl, reviewer.email, reviewer.password);
    const { reply } = await callAction({
      base: a.baseUrl,
      page: `/desk/claims/${claim.id}`,
      id: buildActions().get("publishClaimAction")!.id,
      args: [{ claimId: claim.id, version: claim.version, ratingKey: "true", verdictSummary: "NetBlocks and the live blogs recorded the outage across the country." }],
      cookie,
    });
    expect(reply).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The new claim's page: there at once, never the 404 held before.
    const page = await get(b, `/claims/${claim.slug}`);
    expect([page.status, page.body.includes("NetBlocks and the live blogs recorded the outage")]).toEqual([200, true]);
    // The home page B held: served at once while B makes it again (no reader waits for that render), then the new one.
    const held = await get(b, "/");
    expect([held.status, held.cache, held.body.includes("Internet access was cut across Kazakhstan")]).toEqual([200, "STALE", false]);
    let listed = false;
    for (const started = performance.now(); !listed && performance.now() - started < 3000; await new Promise((resolve) => setTimeout(resolve, 50))) {
      listed = (await get(b, "/")).body.includes("Internet access was cut across Kazakhstan");
    }
    expect(listed, "the home page made again lists the new claim").toBe(true);
  });

  it("after an archive through A, B never serves again what showed the claim", async () => {
    const archived = await db.claim.findFirstOrThrow({ where: { statement: "The protesters were terrorists trained abroad" }, select: { id: true, slug: true, version: true } });
    const showing = [`/claims/${archived.slug}`, `/api/v1/claims/${archived.slug}`, `/search?q=terrorists`];
    for (const address of showing) for (let i = 0; i < 2; i += 1) await get(b, address);
    expect((await get(b, showing[0])).door).toBe(true);
    expect((await get(b, showing[2])).body).toContain(`href="/claims/${archived.slug}"`);

    const cookie = await signInOverHttp(a.baseUrl, reviewer.email, reviewer.password);
    const { reply } = await callAction({
      base: a.baseUrl,
      page: `/desk/claims/${archived.id}`,
      id: buildActions().get("archiveClaimAction")!.id,
      args: [{ claimId: archived.id, version: archived.version, reason: "Withdrawn: the claim was logged from a misattributed post." }],
      cookie,
    });
    expect(reply).toMatchObject({ ok: true });
    const done = performance.now();
    // B learns of the change within its generation's time; from then on, nothing that shows the claim is served.
    let gone = false;
    while (!gone && performance.now() - done < 1000) gone = (await get(b, showing[0])).status === 404;
    expect(gone, "the archived claim's page on B within a second").toBe(true);
    const [api, search] = await Promise.all(showing.slice(1).map((address) => get(b, address)));
    expect([api.status, search.status, search.body.includes(`href="/claims/${archived.slug}"`)]).toEqual([404, 200, false]);
  });

  it("names the front door's address in what it links to, not a Next.js process's own port", async () => {
    const { items } = (await (await fetch(`${b.baseUrl}/api/v1/claims?limit=1`)).json()) as { items: { url: string }[] };
    expect(new URL(items[0].url).port).toBe(new URL(b.baseUrl).port);
  });

  it("answers from the database while Redis is stopped, and caches again when it is back", async () => {
    await redis.stop();
    for (const app of [a, b]) {
      for (let round = 0; round < 3; round += 1) {
        const started = performance.now();
        const page = await get(app, `/ru/claims/${SLUG}`);
        expect(page.status).toBe(200);
        expect(page.body).toContain('data-testid="quote"');
        expect(page.cache).not.toBe("HIT");
        expect(page.door).toBe(false);
        expect(performance.now() - started).toBeLessThan(5_000);
      }
      expect((await get(app, `/api/v1/claims/${SLUG}`)).status).toBe(200);
    }
    await redis.start();
    for (const app of [a, b]) {
      const deadline = performance.now() + 15_000;
      let cached = false;
      while (!cached && performance.now() < deadline) {
        await get(app, `/ky/claims/${SLUG}`);
        cached = (await get(app, `/ky/claims/${SLUG}`)).cache === "HIT";
        if (!cached) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(cached, app.baseUrl).toBe(true);
    }
  });
});
