import http from "node:http";
import { promisify } from "node:util";
import { brotliDecompress, gunzip, gzip, inflate } from "node:zlib";
import etag from "etag";
import fresh from "fresh";
import { createProxyServer } from "http-proxy-3";
import Negotiator from "negotiator";
import { documentOnly, isReaderPage } from "../cache/reader-document.cjs";
import { isNotFoundPagePath, notFoundPagePath } from "../i18n/not-found";
import { createNonce } from "../security/headers";
import { DoorCache, doorKey, GENERATION_HEADER, SHOWS_HEADER, type ChangesSource, type KeptAnswer } from "./door-cache";
import { DESK_NOT_FOUND_PATH, isBuildFile, sideOf, type Side } from "./routes";

/**
 * The one port `npm start` listens on (issue 16). It sends each request to the process of its
 * side (lib/server/routes.ts), round-robin over the readers' processes, and does two things for
 * readers that Next.js leaves undone:
 *
 * - A reader's page leaves here as a document: its scripts taken out (lib/cache/reader-document.cjs),
 *   also for the first reader after a restart or a change, whom the page cache has not served yet.
 * - A 404 of the reader's site gets the not-found page in the reader's language (lib/i18n/not-found.ts),
 *   rendered on the server, since Next.js sends one drawn by scripts (and, cached, with another
 *   request's nonce). An API address that does not exist gets JSON saying so.
 *
 * - A reader's page gets an ETag made here from the bytes sent (a native hash; Next.js's own, in
 *   JavaScript, cost a cached page a fifth of its CPU and is off), and a reader who already holds
 *   those bytes gets a 304 without them.
 *
 * - A page the page cache holds, and an answer of the public API, is kept here too and given to
 *   the next readers without asking the process behind (lib/server/door-cache.ts), for as long as
 *   the public changes since it was made leave it current (`changes`; without them, nothing is kept).
 *
 * - It keeps a few dozen requests at most in flight to each process behind (UPSTREAM_REQUESTS; the
 *   desk's and exports' apart from the rest), on connections it keeps open whatever its clients
 *   do with theirs; the rest wait here, in order.
 *
 * Everything else streams through untouched, as Next.js compressed it; pages read whole are
 * decompressed and compressed again here, on libuv's thread pool.
 */
export type FrontDoorOptions = { port: number; host?: string; readers: string[]; desk: string | null; changes?: ChangesSource | null; log?: (line: string) => void };

const gzipAsync = promisify(gzip);
const DECODERS: Record<string, (bytes: Buffer) => Promise<Buffer>> = { gzip: promisify(gunzip), br: promisify(brotliDecompress), deflate: promisify(inflate) };
const NOT_FOUND_CACHE_MS = 60_000;
const IDLE_SOCKET_MS = 60_000;
// Requests in flight to one Next.js process, for each of the desk, exports and the rest. A Next.js process given a hundred at once
// turns its event loop once or twice a second: requests on new connections then waited 3 to 20 s
// for it to accept them, while a few dozen keep it as busy and its turns short (measured under the
// 100-connection load: the slowest answer 10 s before, under 1 s with 32).
export const UPSTREAM_REQUESTS = 32;

/** Whether the client takes gzip (by Accept-Encoding's rules: "gzip;q=0" is a no). */
function acceptsGzip(request: http.IncomingMessage): boolean {
  return new Negotiator(request).encodings(["gzip"]).includes("gzip");
}

function acceptsHtml(request: http.IncomingMessage): boolean {
  return (request.method === "GET" || request.method === "HEAD") && /text\/html/.test(request.headers.accept ?? "");
}

function readBytes(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** An answer's body as text, decompressed as its Content-Encoding says (on libuv's thread pool). */
async function readBody(stream: http.IncomingMessage): Promise<string> {
  const raw = await readBytes(stream);
  const decode = DECODERS[String(stream.headers["content-encoding"] ?? "").trim()];
  return (decode ? await decode(raw) : raw).toString("utf8");
}

/**
 * Sends bytes ready to go. A reader's page (`validated`) carries an ETag of exactly these bytes
 * (so a gzipped and a plain copy differ, as Vary: Accept-Encoding says), and a request whose
 * If-None-Match names it gets a 304.
 */
function answer(request: http.IncomingMessage, response: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, bytes: Buffer, validated: boolean | string) {
  const outgoing: http.OutgoingHttpHeaders = { ...headers, "content-length": bytes.length };
  delete outgoing["transfer-encoding"];
  if (validated && status === 200) {
    outgoing.etag = typeof validated === "string" ? validated : etag(bytes);
    if (fresh(request.headers, { etag: outgoing.etag })) {
      delete outgoing["content-length"];
      delete outgoing["content-encoding"];
      response.writeHead(304, outgoing);
      return void response.end();
    }
  }
  response.writeHead(status, outgoing);
  response.end(request.method === "HEAD" ? undefined : bytes);
}

function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0];
}

/**
 * A kept page, as the process behind sent it but for what is each answer's own: its age here
 * (RFC 9111 §5.1) and its policy's nonce, new for each answer as the proxy makes them (the page
 * runs no script, so no nonce in it is ever needed).
 */
function keptAnswer(request: http.IncomingMessage, response: http.ServerResponse, kept: KeptAnswer) {
  const headers: http.OutgoingHttpHeaders = { ...kept.headers, age: String(Math.floor((Date.now() - kept.storedAt) / 1000)) };
  const policy = headers["content-security-policy"];
  if (typeof policy === "string") headers["content-security-policy"] = policy.replace(/'nonce-[^']*'/g, `'nonce-${createNonce()}'`);
  answer(request, response, 200, headers, kept.bytes, kept.etag);
}

export function startFrontDoor(options: FrontDoorOptions): Promise<http.Server> {
  const log = options.log ?? ((line: string) => console.error(line));
  if (options.readers.length === 0 && !options.desk) throw new Error("The front door needs the readers' processes, the desk's, or both.");
  // Keep-alive connections to the processes behind: a new TCP connection per request costs more than the proxying.
  // Idle ones are closed after IDLE_SOCKET_MS, before the server behind would (lib/server/web-processes.ts).
  // At most UPSTREAM_REQUESTS at once per process behind; the rest wait here, in order. The desk's
  // requests have connections of their own, so they never wait behind readers', even when one
  // process serves both; so do downloads of exports, seconds long each, so that a few of them
  // never hold every reader's place.
  const connections = () => new http.Agent({ keepAlive: true, maxSockets: UPSTREAM_REQUESTS, timeout: IDLE_SOCKET_MS });
  const [readerAgent, deskAgent, exportAgent] = [connections(), connections(), connections()];
  const readersAgentFor = (path: string) => (path.startsWith("/exports/") ? exportAgent : readerAgent);
  const proxy = createProxyServer({ xfwd: true, proxyTimeout: 120_000 });
  const documents = createProxyServer({ xfwd: true, proxyTimeout: 120_000, selfHandleResponse: true });
  // The page cache's generation and what a page shows are for the door only (lib/server/door-cache.ts).
  proxy.on("proxyRes", (upstream) => {
    delete upstream.headers[GENERATION_HEADER];
    delete upstream.headers[SHOWS_HEADER];
  });
  let next = 0;
  const reader = () => options.readers[next++ % options.readers.length];
  const notFoundPages = new Map<string, { html: string; at: number }>();
  const copies = options.changes ? new DoorCache(options.changes) : null;

  async function notFoundDocument(target: string, page: string): Promise<string> {
    const kept = notFoundPages.get(page);
    if (kept && Date.now() - kept.at < NOT_FOUND_CACHE_MS) return kept.html;
    const response = await fetch(`${target}${page}`, { headers: { accept: "text/html" } });
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    const html = documentOnly(await response.text());
    notFoundPages.set(page, { html, at: Date.now() });
    return html;
  }

  async function send(request: http.IncomingMessage, response: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body: string, validated = false) {
    let bytes: Buffer = Buffer.from(body, "utf8");
    const outgoing: http.OutgoingHttpHeaders = { ...headers };
    delete outgoing["content-encoding"];
    if (acceptsGzip(request) && bytes.length > 1024) {
      bytes = await gzipAsync(bytes);
      outgoing["content-encoding"] = "gzip";
      outgoing.vary = "Accept-Encoding";
    }
    answer(request, response, status, outgoing, bytes, validated);
  }

  // What is done with an answer read whole: a reader's page, or an API answer that may be a 404.
  const modes = new WeakMap<http.IncomingMessage, "document" | "api" | "desk">();
  // The key a reader's GET is kept under here (lib/server/door-cache.ts), made once as it arrives.
  const keys = new WeakMap<http.IncomingMessage, string>();

  documents.on("proxyRes", (upstream, request, response) => {
    // The page cache's generation and what a page shows are for the door only: read here, and sent on nowhere.
    const generation = upstream.headers[GENERATION_HEADER];
    const shows = upstream.headers[SHOWS_HEADER];
    delete upstream.headers[GENERATION_HEADER];
    delete upstream.headers[SHOWS_HEADER];
    const path = pathOf(request.url);
    const html = /^text\/html/.test(String(upstream.headers["content-type"] ?? ""));
    const status = isNotFoundPagePath(path) || path === DESK_NOT_FOUND_PATH ? 404 : upstream.statusCode ?? 502;
    const mode = modes.get(request);
    // Passed on as they come: what is not HTML; the desk's pages but its 404s; and a reader's page
    // served from the page cache, which keeps pages without their scripts already.
    // (HIT, or STALE: served while it is made again after a publication.)
    const cached = upstream.headers["x-nextjs-cache"] === "HIT" || upstream.headers["x-nextjs-cache"] === "STALE";
    const passOn = !html || (mode === "desk" && (status !== 404 || path === DESK_NOT_FOUND_PATH)) || (mode === "document" && cached && status !== 404);
    // A cached reader's page is read whole all the same (it is complete in the reader's process) to
    // get its ETag, and to be kept here; so is an API answer that names its generation.
    const validatedAsIs = passOn && status === 200 && (mode === "document" || (mode === "api" && generation !== undefined));
    if (passOn && !validatedAsIs) {
      response.writeHead(status, upstream.headers);
      upstream.pipe(response);
      return;
    }
    void (async () => {
      if (validatedAsIs) {
        const bytes = await readBytes(upstream);
        const tag = etag(bytes);
        const key = keys.get(request);
        if (copies && key) await copies.keep(key, generation, shows, upstream.headers, bytes, tag);
        return answer(request, response, status, upstream.headers, bytes, tag);
      }
      const body = await readBody(upstream);
      if (mode === "desk") {
        return send(request, response, 404, { ...upstream.headers, "cache-control": "no-store" }, await notFoundDocument(options.desk!, DESK_NOT_FOUND_PATH));
      }
      if (mode === "api") {
        const message = status === 404 ? `There is no API route at ${path}. The API is described at /api/v1/openapi.json.` : "The API could not answer this request.";
        return send(request, response, status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }, JSON.stringify({ error: message }));
      }
      if (status === 404 && !isReaderPage(body)) {
        return send(request, response, 404, { ...upstream.headers, "cache-control": "no-store" }, await notFoundDocument(reader(), notFoundPagePath(path)));
      }
      if (!isReaderPage(body)) return send(request, response, status, upstream.headers, body);
      return send(request, response, status, upstream.headers, documentOnly(body), mode === "document");
    })().catch((error: Error) => {
      // A client that went away before its page was read whole is not a fault to report.
      if (response.destroyed) return;
      log(`front door: a reader's page could not be passed on: ${error.message}`);
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      response.end("The page could not be loaded; try again in a moment.");
    });
  });

  const unreachable = (side: Side) => (error: Error, _request: http.IncomingMessage, response: http.ServerResponse | import("node:net").Socket) => {
    log(`front door: the ${side}' process did not answer: ${error.message}`);
    if (response instanceof http.ServerResponse && !response.headersSent) {
      response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      response.end(side === "desk" ? "The desk is restarting; try again in a moment." : "The site is restarting; try again in a moment.");
    }
  };

  const server = http.createServer((request, response) => {
    // Connection and Keep-Alive are the client's own connection's business (hop-by-hop, RFC 9110
    // §7.6.1), not passed on: a client's "Connection: close" would close the pooled connection
    // behind it, and a new one waits on a busy Next.js process to accept it (seconds, under load).
    delete request.headers.connection;
    delete request.headers["keep-alive"];
    const url = request.url ?? "/";
    const side: Side = isBuildFile(url) ? (options.readers.length ? "readers" : "desk") : sideOf(request);
    if (side === "desk") {
      if (!options.desk) return void send(request, response, 404, { "content-type": "text/plain; charset=utf-8" }, "This address belongs to the newsroom's desk, which these processes do not serve.");
      const deskMode = pathOf(url).startsWith("/api/") ? "api" : acceptsHtml(request) ? "desk" : null;
      if (!deskMode) return void proxy.web(request, response, { target: options.desk, agent: deskAgent }, unreachable("desk") as never);
      modes.set(request, deskMode);
      return void documents.web(request, response, { target: options.desk, agent: deskAgent }, unreachable("desk") as never);
    }
    if (options.readers.length === 0) return void send(request, response, 404, { "content-type": "text/plain; charset=utf-8" }, "This address belongs to the reader's site, which these processes do not serve.");
    const path = pathOf(url);
    const mode = path.startsWith("/api/") ? "api" : acceptsHtml(request) && !path.startsWith("/_next/") ? "document" : null;
    if (!mode) return void proxy.web(request, response, { target: reader(), agent: readersAgentFor(path) }, unreachable("readers") as never);
    // An answer that has to be read whole (see proxyRes above) is decompressed and compressed again here.
    modes.set(request, mode);
    if (!copies) return void documents.web(request, response, { target: reader(), agent: readersAgentFor(path) }, unreachable("readers") as never);
    // A reader's page or API answer: one kept here is sent at once; else the process behind is asked
    // for it, in the one encoding this client's copy is kept in.
    const takesGzip = acceptsGzip(request);
    const key = doorKey(request, takesGzip);
    // Only a GET's answer is kept (a HEAD's has no body); a HEAD is answered from a GET's copy.
    if (key && request.method === "GET") keys.set(request, key);
    request.headers["accept-encoding"] = takesGzip ? "gzip" : "identity";
    void (key ? copies.get(key) : Promise.resolve(null)).then(
      (page) => (page ? keptAnswer(request, response, page) : documents.web(request, response, { target: reader(), agent: readersAgentFor(path) }, unreachable("readers") as never)),
      (error: Error) => unreachable("readers")(error, request, response),
    );
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
