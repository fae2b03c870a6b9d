import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { ChangeLog, parseShows } from "../cache/generation.cjs";
import { startFrontDoor } from "./front-door";

// The front door's copy of the page cache (lib/server/door-cache.ts), before a real HTTP server
// standing in for a Next.js process and its page cache: a page's first request renders it (MISS,
// with its scripts), later ones are served from the page cache (HIT, a document without them)
// naming the generation the page was made at and, for some, what it shows (as verdict pages do);
// a public change moves the generation on, and makes stale what it touches. The test plays the
// changes, and decides what the door knows of them.
type Behind = {
  url: string; server: http.Server; requests: { url: string; headers: http.IncomingHttpHeaders }[]; extraHeaders: Record<string, string>;
  /** The public changes as they are (the door learns them through `known`). */
  changes: ChangeLog;
  /** What a page shows, by its address; pages not named here show anything (lists). */
  shows: Record<string, string>;
};

async function startBehind(): Promise<Behind> {
  // The page cache behind: each page's render number and the generation it was made at.
  const pages = new Map<string, { render: number; made: number }>();
  let renders = 0;
  const behind: Behind = { url: "", server: http.createServer(), requests: [], extraHeaders: {}, changes: new ChangeLog(), shows: {} };
  behind.server.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
    behind.requests.push({ url: request.url!, headers: request.headers });
    // The public API names the generation read before its answer, on every answer; its health check does not.
    const generation = behind.changes.generation;
    if (request.url!.startsWith("/api/")) {
      const named = request.url!.startsWith("/api/v1/") ? { "x-factlog-generation": String(generation) } : {};
      return void response.writeHead(200, { "content-type": "application/json", ...named }).end(JSON.stringify({ url: request.url, generation, answer: behind.requests.length }));
    }
    const shows = behind.shows[request.url!];
    const kept = pages.get(request.url!);
    const hit = kept !== undefined && behind.changes.isCurrent(kept.made, parseShows(shows));
    const page = hit ? kept : { render: renders++, made: generation };
    pages.set(request.url!, page);
    const html = `<!DOCTYPE html><html lang="en" data-document><body><p>${request.url} as of generation ${page.made}, render ${page.render}</p>${"<p>padding</p>".repeat(100)}${hit ? "" : "<script>self.__next_f=[]</script>"}</body></html>`;
    const headers: http.OutgoingHttpHeaders = {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'self'; script-src 'self' 'nonce-from-behind' 'strict-dynamic'",
      "x-nextjs-cache": hit ? "HIT" : "MISS",
      ...(hit ? { "x-factlog-generation": String(page.made), ...(shows ? { "x-factlog-shows": shows } : {}) } : {}),
      ...behind.extraHeaders,
    };
    const gzip = request.headers["accept-encoding"] === "gzip";
    const body = gzip ? gzipSync(html) : Buffer.from(html);
    response.writeHead(200, { ...headers, ...(gzip ? { "content-encoding": "gzip" } : {}) }).end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve) => behind.server.listen(0, "127.0.0.1", resolve));
  behind.url = `http://127.0.0.1:${(behind.server.address() as AddressInfo).port}`;
  return behind;
}

type Got = { status: number; headers: http.IncomingHttpHeaders; body: string };

function get(base: string, path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET"): Promise<Got> {
  return new Promise((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers: { accept: "text/html", ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString() : raw.toString();
          resolve({ status: response.statusCode!, headers: response.headers, body });
        });
      })
      .on("error", reject)
      .end();
  });
}

describe("the front door's copy of the page cache", () => {
  let behind: Behind;
  let door: http.Server;
  let base: string;
  // What the door knows of the public changes (null: it cannot know, as when Redis is away).
  let known: ChangeLog | null;

  async function start() {
    behind = await startBehind();
    known = new ChangeLog();
    door = await startFrontDoor({ port: 0, host: "127.0.0.1", readers: [behind.url], desk: behind.url, changes: () => known, log: () => {} });
    base = `http://127.0.0.1:${(door.address() as AddressInfo).port}`;
  }

  /** A public change behind (to `shows`, or anything), which the door learns of at once unless told not to. */
  function change(shows: string[] | null, options: { doorLearns?: boolean; added?: boolean } = {}) {
    behind.changes.record(behind.changes.generation + 1, shows, options.added);
    if (options.doorLearns !== false) known?.record(behind.changes.generation, shows, options.added);
  }

  afterEach(async () => {
    door?.closeAllConnections();
    await new Promise((resolve) => door?.close(resolve));
    behind?.server.closeAllConnections();
    await new Promise((resolve) => behind?.server.close(resolve));
  });

  it("answers a page the page cache holds without asking the process behind, until the page cache empties", async () => {
    await start();
    const first = await get(base, "/en/claims/a");
    const second = await get(base, "/en/claims/a");
    expect([first.headers["x-nextjs-cache"], second.headers["x-nextjs-cache"]]).toEqual(["MISS", "HIT"]);
    const fromDoor = await Promise.all([get(base, "/en/claims/a"), get(base, "/en/claims/a")]);
    expect(behind.requests).toHaveLength(2);
    for (const page of fromDoor) {
      expect(page.status).toBe(200);
      expect(page.body).toBe(second.body);
      expect(page.body).not.toContain("<script>");
      expect(page.headers.etag).toBe(second.headers.etag);
      expect(page.headers.age).toMatch(/^\d+$/);
      // The door's business stays with it; each answer's policy has a nonce of its own.
      expect(page.headers["x-factlog-generation"]).toBeUndefined();
      expect(page.headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    }
    expect(fromDoor[0].headers["content-security-policy"]).not.toBe(fromDoor[1].headers["content-security-policy"]);
    // A reader holding those bytes gets a 304; a HEAD gets the headers alone.
    expect((await get(base, "/en/claims/a", { "if-none-match": second.headers.etag })).status).toBe(304);
    const head = await get(base, "/en/claims/a", {}, "HEAD");
    expect([head.status, head.body, head.headers.etag]).toEqual([200, "", second.headers.etag]);
    expect(behind.requests).toHaveLength(2);

    // A change to anything empties the page cache: the next reader's page comes from behind, as rendered now.
    change(null);
    const after = await get(base, "/en/claims/a");
    expect(after.body).toContain("as of generation 1");
    expect(behind.requests).toHaveLength(3);
  });

  it("keeps a copy only of the generation it knows, and none while it cannot know it", async () => {
    await start();
    // The page cache has moved on and says so in its answers; the door has not learnt it yet.
    change(null, { doorLearns: false });
    for (let i = 0; i < 3; i += 1) await get(base, "/en/claims/b");
    expect(behind.requests).toHaveLength(3);
    known = new ChangeLog(1);
    await get(base, "/en/claims/b");
    await get(base, "/en/claims/b");
    expect(behind.requests).toHaveLength(4);
    // Redis away: what was kept is not given out, every page comes from behind.
    known = null;
    await get(base, "/en/claims/b");
    await get(base, "/en/claims/b");
    expect(behind.requests).toHaveLength(6);
    // Back, still at the same generation: what was kept before the outage is gone all the same.
    known = new ChangeLog(1);
    await get(base, "/en/claims/b");
    expect(behind.requests).toHaveLength(7);
  });

  it("keeps nothing that is not the same for every reader", async () => {
    await start();
    behind.extraHeaders = { "cache-control": "private, no-store" };
    for (let i = 0; i < 3; i += 1) await get(base, "/en/claims/c");
    behind.extraHeaders = { "set-cookie": "session=x" };
    for (let i = 0; i < 3; i += 1) await get(base, "/en/claims/d");
    behind.extraHeaders = {};
    // The client router's requests are answered differently by Next.js.
    for (let i = 0; i < 3; i += 1) await get(base, "/en/claims/e", { rsc: "1" });
    expect(behind.requests).toHaveLength(9);
    // Nor what is not a page asked for by a browser; the generation stays with the door on every path.
    for (let i = 0; i < 2; i += 1) expect((await get(base, "/en/claims/g", { accept: "*/*" })).headers["x-factlog-generation"]).toBeUndefined();
    expect(behind.requests).toHaveLength(11);
  });

  it("keeps the public API's answers that name their generation, with an ETag, and nothing else of the API", async () => {
    await start();
    const first = await get(base, "/api/v1/claims/x", { accept: "application/json" });
    const again = await get(base, "/api/v1/claims/x", { accept: "application/json" });
    expect(behind.requests).toHaveLength(1);
    expect(again.body).toBe(first.body);
    expect(again.headers.age).toMatch(/^\d+$/);
    expect(again.headers["x-factlog-generation"]).toBeUndefined();
    expect((await get(base, "/api/v1/claims/x", { accept: "application/json", "if-none-match": first.headers.etag })).status).toBe(304);
    for (let i = 0; i < 2; i += 1) await get(base, "/api/health", { accept: "application/json" });
    expect(behind.requests).toHaveLength(3);
    // Even a correction of one verdict makes the API's answers stale: they name nothing they show.
    change(["claim:other"]);
    expect(JSON.parse((await get(base, "/api/v1/claims/x", { accept: "application/json" })).body).generation).toBe(1);
  });

  it("keeps a verdict page through a correction of another claim, and drops it, and every list, on one of its own", async () => {
    await start();
    behind.shows = { "/en/claims/v": "claim:v claim:z", "/en/claims/w": "claim:w" };
    const pages = ["/en/claims/v", "/en/claims/w", "/en/search/x"];
    for (const page of pages) for (let i = 0; i < 3; i += 1) await get(base, page);
    expect(behind.requests).toHaveLength(6);

    // A correction of claim w: the search page (which names nothing) and w's page come from behind again; v's stays with the door.
    change(["claim:w"]);
    const after = await Promise.all(pages.map((page) => get(base, page)));
    expect(behind.requests.slice(6).map((request) => request.url).sort()).toEqual(["/en/claims/w", "/en/search/x"]);
    expect(after[0].body).toContain("as of generation 0");
    expect(after[1].body).toContain("as of generation 1");

    // One of claim z, whose figure v's timeline shows: v's page goes too.
    change(["claim:z"]);
    await get(base, "/en/claims/v");
    expect(behind.requests.at(-1)?.url).toBe("/en/claims/v");

    // A change the door missed (a generation skipped) counts as one to anything.
    for (const page of pages) for (let i = 0; i < 2; i += 1) await get(base, page);
    const before = behind.requests.length;
    change(["claim:w"], { doorLearns: false });
    change(["claim:w"]);
    for (const page of pages) await get(base, page);
    expect(behind.requests.length - before).toBe(3);
  });

  it("keeps a gzipped and a plain copy apart, and asks behind for the one encoding it keeps", async () => {
    await start();
    for (let i = 0; i < 3; i += 1) await get(base, "/en/claims/f", { "accept-encoding": "gzip, deflate, br" });
    for (let i = 0; i < 3; i += 1) await get(base, "/en/claims/f", { "accept-encoding": "gzip;q=0, deflate" });
    const zipped = await get(base, "/en/claims/f", { "accept-encoding": "br, gzip" });
    const plain = await get(base, "/en/claims/f");
    expect(behind.requests.map((request) => request.headers["accept-encoding"])).toEqual(["gzip", "gzip", "identity"]);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(zipped.body).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
  });

  it("after a publication, gives out its copies while one reader at a time goes behind for the page made again", async () => {
    await start();
    for (let i = 0; i < 2; i += 1) await get(base, "/en/claims/p");
    const copy = await get(base, "/en/claims/p");
    expect(copy.headers.age).toBeDefined();
    const asked = behind.requests.length;
    change(null, { added: true });
    // One reader goes behind (the page is made again there); the others meanwhile get the copy.
    const answers = await Promise.all(Array.from({ length: 5 }, () => get(base, "/en/claims/p")));
    expect(behind.requests.length - asked).toBe(1);
    const copies = answers.filter((answer) => answer.headers.age !== undefined);
    expect(copies.length).toBe(4);
    for (const other of copies) expect(other.body).toBe(copy.body);
    // Once the page behind is made again and named current, the door keeps it instead.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const made = await get(base, "/en/claims/p");
    expect(made.body).toContain(`as of generation ${behind.changes.generation}`);
    expect((await get(base, "/en/claims/p")).headers.age).toBeDefined();
    // After a change to anything, no copy made before it is given out.
    const before = behind.requests.length;
    change(null);
    await Promise.all(Array.from({ length: 3 }, () => get(base, "/en/claims/p")));
    expect(behind.requests.length - before).toBe(3);
  });
});
