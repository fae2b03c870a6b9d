// The one port of `npm start` with a shared cache (issue 16): the desk's requests and every server
// action answered by the desk's own process, the rest by the readers'; a reader's page without
// scripts from its very first reader; every 404 a document that reads without scripts, in the
// reader's language, also when asked again; the API's in JSON; a reader's page revalidated by its ETag.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { NEXT_BIN, webHeapFlags } from "../../lib/server/web-processes";
import { DEMO_USERS, seedDemo } from "../../prisma/demo/seed-demo";
import { signInOverHttp } from "../helpers/http-session";
import { startPrivateRedis, type PrivateRedis } from "../helpers/private-redis";
import { buildActions, callAction } from "../helpers/server-actions";
import { serveBuild, type ServedApp } from "../helpers/served-app";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const SLUG = "238-people-died-in-the-january-2022-events";
const editor = DEMO_USERS.find((user) => user.role === "editor")!;
const SCRIPT = /<script(?![^>]*application\/ld\+json)/;

describe("the front door, with the desk in a process of its own", () => {
  let redis: PrivateRedis;
  let database: TestDatabase;
  let app: ServedApp;
  let claimId: string;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createTestDatabase("front-door");
    await applyMigrations({ url: database.url });
    const db = createDb(database.url, { maxConnections: 2 });
    await seedDemo({ db });
    claimId = (await db.claim.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } })).id;
    await db.$disconnect();
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `factlog-test-${randomBytes(4).toString("hex")}:` };
    app = await serveBuild({ databaseUrl: database.url, port: 5600 + Math.floor(Math.random() * 300), quiet: true, env, readerProcesses: 2 });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
    await redis?.stop();
  });

  const get = async (address: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${app.baseUrl}${address}`, { headers: { accept: "text/html", ...headers }, redirect: "manual" });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  // As a browser asks (fetch() would add Cache-Control: no-cache to a conditional request, which asks for the whole page).
  const browserGet = (address: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; etag: string | undefined; body: string }>((resolve, reject) => {
      http
        .get(`${app.baseUrl}${address}`, { headers: { accept: "text/html", ...headers } }, (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode!, etag: response.headers.etag, body }));
        })
        .on("error", reject);
    });

  it("runs every Next.js process under the web processes' heap limit", () => {
    // Two readers' processes and the desk's, each started with the flags before Next.js's own.
    const nextProcesses = app.commands!.filter((command) => command.args.includes(NEXT_BIN));
    expect(nextProcesses).toHaveLength(3);
    for (const { pid, args } of nextProcesses) {
      expect(args.slice(1, args.indexOf(NEXT_BIN))).toEqual(webHeapFlags(process.env.NODE_OPTIONS));
      expect(process.kill(pid, 0)).toBe(true);
    }
  });

  it("sends the desk's addresses and every server action to the desk's process, the rest to the readers'", async () => {
    for (const address of ["/", `/claims/${SLUG}`, "/ru/search?q=238", "/api/v1/claims?limit=1", "/feed.xml"]) {
      expect((await get(address)).headers.get("x-factlog-process"), address).toBe("readers");
    }
    for (const address of ["/signin", "/desk", "/api/auth/session"]) {
      expect((await get(address)).headers.get("x-factlog-process"), address).toBe("desk");
    }
    // A signed-in editor's action, posted to a desk page, is answered by the desk.
    const cookie = await signInOverHttp(app.baseUrl, editor.email, editor.password);
    const desk = await get("/desk", { cookie });
    expect(desk.status).toBe(200);
    expect(desk.headers.get("x-factlog-process")).toBe("desk");
    const action = buildActions().get("searchEntriesAction")!;
    const { status, reply } = await callAction<unknown[]>({ base: app.baseUrl, page: `/desk/claims/${claimId}`, id: action.id, args: ["токаев"], cookie });
    expect(status).toBe(200);
    expect(reply).toMatchObject({ ok: true });
    // An action posted to a reader's address still goes to the desk, which refuses it without a session.
    const posted = await fetch(`${app.baseUrl}/claims/${SLUG}`, { method: "POST", headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: app.baseUrl }, body: JSON.stringify(["x"]) });
    expect(posted.headers.get("x-factlog-process")).toBe("desk");
  });

  it("gives the very first reader of a verdict page the document without scripts, as later readers get it", async () => {
    const first = await get("/ky/claims/" + SLUG);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<html lang="ky"');
    expect(first.body).toContain("application/ld+json");
    expect(first.body).not.toMatch(SCRIPT);
    const again = await get("/ky/claims/" + SLUG);
    expect(again.body).not.toMatch(SCRIPT);
    expect(again.body.replace(/nonce="[^"]*"/g, "")).toContain("238");
  });

  it("gives a reader's page an ETag of the bytes sent, and a 304 without them to a reader who holds them", async () => {
    const address = `/claims/${SLUG}`;
    // Asked until the page cache holds it (an earlier test's action may have left it stale, to be rendered again).
    let cached = await get(address);
    for (let tries = 0; cached.headers.get("x-nextjs-cache") !== "HIT" && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      cached = await get(address);
    }
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    const plain = await browserGet(address);
    const tag = plain.etag!;
    expect(tag).toMatch(/^"[^"]+"$/);
    // The gzipped copy is other bytes, with an ETag of its own.
    expect(cached.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(cached.headers.get("etag")).not.toBe(tag);
    const held = await browserGet(address, { "if-none-match": tag });
    expect(held.status).toBe(304);
    expect(held.etag).toBe(tag);
    expect(held.body).toBe("");
    // Another page, or the same page in another language, is sent whole.
    const other = await browserGet(`/ru${address}`, { "if-none-match": tag });
    expect(other.status).toBe(200);
    expect(other.etag).not.toBe(tag);
    expect(other.body).toContain('<html lang="ru"');
    // The desk's pages are the editor's own and carry none.
    const cookie = await signInOverHttp(app.baseUrl, editor.email, editor.password);
    expect((await get("/desk", { cookie })).headers.get("etag")).toBeNull();
  });

  it("answers every unknown address with a 404 that reads without scripts, in its language, twice alike", async () => {
    const cases: [string, string, RegExp][] = [
      ["/claims/no-such-claim", "en", /no published claim at this address/],
      ["/ru/claims/no-such-claim", "ru", /нет опубликованного утверждения/],
      ["/ky/claims/no-such-claim", "ky", /жарыяланган билдирүү жок/],
      ["/ru/speakers/nobody", "ru", /нет страницы спикера/],
      ["/sources/nothing", "en", /no published source/],
      ["/ky/quantities/nothing", "ky", /сандардын хронологиясы жок/],
      ["/no/such/address", "en", /no published page at this address/],
    ];
    for (const [address, lang, text] of cases) {
      for (const time of ["first", "second"]) {
        const answer = await get(address);
        expect(answer.status, `${address} ${time}`).toBe(404);
        expect(answer.body, `${address} ${time}`).toContain(`<html lang="${lang}"`);
        expect(answer.body, `${address} ${time}`).toMatch(text);
        expect(answer.body, `${address} ${time}`).not.toMatch(SCRIPT);
      }
    }
    expect((await get("/ru/not-found-page/claims")).status).toBe(404);
  });

  it("answers an unknown desk address with the desk's 404 and an unknown API address in JSON", async () => {
    const cookie = await signInOverHttp(app.baseUrl, editor.email, editor.password);
    const desk = await get("/desk/no-such-screen", { cookie });
    expect(desk.status).toBe(404);
    expect(desk.body).toContain('<html lang="en"');
    expect(desk.body).toContain("There is nothing at this address.");
    const api = await fetch(`${app.baseUrl}/api/v2/claims`);
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: "There is no API route at /api/v2/claims. The API is described at /api/v1/openapi.json." });
  });
});
