import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startFrontDoor, UPSTREAM_REQUESTS } from "./front-door";

// The front door before a real HTTP server standing in for one Next.js process that serves both
// sides (as `npm start` runs without REDIS_URL): what reaches it, and on how many connections.
type Upstream = { url: string; server: http.Server; connections: number; inFlight: number; mostInFlight: number; seen: http.IncomingHttpHeaders[]; hold: () => void; release: () => void };

async function startUpstream(): Promise<Upstream> {
  let held: (() => void)[] = [];
  let holding = false;
  const upstream: Upstream = {
    url: "",
    server: http.createServer(),
    connections: 0,
    inFlight: 0,
    mostInFlight: 0,
    seen: [],
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const answer of held) answer();
      held = [];
    },
  };
  upstream.server.on("connection", () => (upstream.connections += 1));
  upstream.server.on("request", (request, response) => {
    upstream.seen.push(request.headers);
    upstream.inFlight += 1;
    upstream.mostInFlight = Math.max(upstream.mostInFlight, upstream.inFlight);
    const answer = () => {
      upstream.inFlight -= 1;
      response.writeHead(200, { "content-type": "text/plain" }).end(request.url);
    };
    // Readers' pages are held while a test says so; the desk's and the exports' are answered at once.
    if (holding && !/^\/(desk|exports)\//.test(request.url!)) held.push(answer);
    else answer();
  });
  upstream.server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => upstream.server.listen(0, "127.0.0.1", resolve));
  upstream.url = `http://127.0.0.1:${(upstream.server.address() as AddressInfo).port}`;
  return upstream;
}

/** One GET on a connection of its own that asks to be closed after, as an HTTP/1.0-minded client does. */
function getClosing(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { agent: false, headers: { connection: "close" } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, body }));
      })
      .on("error", reject);
  });
}

describe("the front door's connections to the processes behind it", () => {
  let upstream: Upstream;
  let door: http.Server;
  let base: string;

  async function start() {
    upstream = await startUpstream();
    door = await startFrontDoor({ port: 0, host: "127.0.0.1", readers: [upstream.url], desk: upstream.url, log: () => {} });
    base = `http://127.0.0.1:${(door.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    upstream?.release();
    door?.closeAllConnections();
    await new Promise((resolve) => door?.close(resolve));
    upstream?.server.closeAllConnections();
    await new Promise((resolve) => upstream?.server.close(resolve));
  });

  it("keeps its own connection open when a client asks to close its own", async () => {
    await start();
    for (const path of ["/api/v1/claims", "/api/v1/claims?limit=1", "/feed.xml"]) {
      expect(await getClosing(base, path)).toEqual({ status: 200, body: path });
    }
    // One connection behind for the three requests, each asked over a client connection of its own.
    expect(upstream.connections).toBe(1);
    expect(upstream.seen.map((headers) => headers.connection)).toEqual(["keep-alive", "keep-alive", "keep-alive"]);
  });

  it("has at most UPSTREAM_REQUESTS readers' requests in flight at once, the rest waiting their turn, and the desk's and the exports' beside them", async () => {
    await start();
    upstream.hold();
    const many = UPSTREAM_REQUESTS + 8;
    const readers = Array.from({ length: many }, (_, index) => fetch(`${base}/api/v1/claims?page=${index}`).then((response) => response.text()));
    const until = Date.now() + 5000;
    while (upstream.inFlight < UPSTREAM_REQUESTS && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    // Given a moment more, no more reach the process behind.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(upstream.inFlight).toBe(UPSTREAM_REQUESTS);
    // The desk's request does not wait behind the readers' queue, though the same process serves both.
    const desk = await fetch(`${base}/desk/no-such-screen`, { headers: { accept: "application/json" } });
    expect(desk.status).toBe(200);
    // Nor does a download of an export, which takes seconds: a few of them never hold every reader's place.
    const download = await fetch(`${base}/exports/claims?format=csv`);
    expect(await download.text()).toBe("/exports/claims?format=csv");
    upstream.release();
    const answers = await Promise.all(readers);
    expect(answers).toEqual(Array.from({ length: many }, (_, index) => `/api/v1/claims?page=${index}`));
    expect(upstream.mostInFlight).toBe(UPSTREAM_REQUESTS + 1);
    expect(upstream.seen.filter((headers) => headers.connection !== "keep-alive")).toEqual([]);
  });
});
