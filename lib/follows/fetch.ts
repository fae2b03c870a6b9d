import { refusal } from "../i18n/refusals";
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { UserFacingError } from "../errors";
import { OutboundAddressError, outboundAddress } from "../security/outbound-address";

/**
 * One poll's request for a followed feed or channel (issue 18): a conditional GET (ETag,
 * Last-Modified) that follows at most a few redirects, each hop checked like the first (http(s)
 * only, never this server, never a private address unless an admin allowed it), connecting to
 * the address checked. The answer is read up to a size limit, decompressed within the same limit,
 * and within a time limit; every way it can fail is a FollowFetchError in words for the desk.
 */
export class FollowFetchError extends UserFacingError {}

export type FetchLimits = { timeoutMs: number; maxBytes: number; maxRedirects: number };
export const FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export type Fetched =
  | { notModified: true }
  | { notModified: false; body: string; url: string; contentType: string; etag: string | null; lastModified: string | null };

type Hop = { status: number; headers: http.IncomingHttpHeaders; body: Buffer | null };

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

function get(url: URL, target: { address: string; family: number }, headers: Record<string, string>, limits: FetchLimits, deadline: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const fail = (error: Error) => reject(error instanceof FollowFetchError ? error : new FollowFetchError(refusal("follows.unreadable", { detail: error.message })));
    const request = client.get(
      url,
      {
        headers,
        // The connection goes to the address that was checked, whatever the name resolves to now.
        lookup: (_hostname, options, callback) =>
          (options as { all?: boolean }).all
            ? (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [target])
            : callback(null, target.address, target.family),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          response.resume();
          resolve({ status, headers: response.headers, body: null });
          return;
        }
        const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
        const decoder =
          encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : null;
        const stream = decoder ? response.pipe(decoder) : response;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          // Counted after decompression, so a small compressed bomb stops here too.
          if (size > limits.maxBytes) {
            // The first settlement counts: the end that may still follow is ignored.
            fail(new FollowFetchError(refusal("follows.tooLarge", { size: sizeLabel(limits.maxBytes) })));
            decoder?.destroy();
            request.destroy();
            return;
          }
          chunks.push(chunk);
        });
        stream.on("end", () => resolve({ status, headers: response.headers, body: Buffer.concat(chunks) }));
        stream.on("error", (error: Error) => fail(error instanceof FollowFetchError ? error : new FollowFetchError(refusal("follows.undecompressable", { detail: error.message }))));
        response.on("error", fail);
      },
    );
    const timer = setTimeout(
      () => request.destroy(new FollowFetchError(refusal("follows.timeout", { seconds: Math.round(limits.timeoutMs / 1000) }))),
      Math.max(deadline - Date.now(), 1),
    );
    request.on("error", fail);
    request.on("close", () => clearTimeout(timer));
  });
}

/** The charset the answer names in its Content-Type or XML declaration; UTF-8 when it names none Node can read. */
function decode(body: Buffer, contentType: string): string {
  const named = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)/i.exec(body.subarray(0, 200).toString("latin1"))?.[1];
  try {
    return new TextDecoder(named ?? "utf-8").decode(body).replace(/^\ufeff/, "");
  } catch {
    return new TextDecoder("utf-8").decode(body).replace(/^\ufeff/, "");
  }
}

export async function fetchFollowed(
  address: string,
  options: { etag?: string | null; lastModified?: string | null; allowPrivate: boolean; ownOrigins: string[]; limits?: FetchLimits },
): Promise<Fetched> {
  const limits = options.limits ?? FETCH_LIMITS;
  const deadline = Date.now() + limits.timeoutMs;
  const headers: Record<string, string> = {
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
    "user-agent": "Factlog (follows this feed for a newsroom's fact-checkers)",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;

  const visited = new Set<string>();
  let url = new URL(address);
  for (let hop = 0; ; hop += 1) {
    visited.add(url.href);
    let target: { address: string; family: number };
    try {
      target = await outboundAddress(url, { allowPrivate: options.allowPrivate, ownOrigins: options.ownOrigins });
    } catch (error) {
      if (!(error instanceof OutboundAddressError)) throw error;
      const why = error.refusal ?? error.message;
      throw new FollowFetchError(hop === 0 ? refusal("follows.refused", { reason: why }) : refusal("follows.refusedAfterRedirect", { url: url.href, reason: why }));
    }
    const answer = await get(url, target, headers, limits, deadline);
    if (answer.status === 304) return { notModified: true };
    if (answer.status >= 300 && answer.status < 400) {
      const location = answer.headers.location;
      if (!location) throw new FollowFetchError(refusal("follows.redirectNowhere", { status: answer.status }));
      const next = new URL(location, url);
      if (visited.has(next.href)) throw new FollowFetchError(refusal("follows.redirectLoop", { url: next.href }));
      if (hop + 1 > limits.maxRedirects) throw new FollowFetchError(refusal("follows.tooManyRedirects", { max: limits.maxRedirects }));
      url = next;
      continue;
    }
    if (answer.status < 200 || answer.status >= 300 || !answer.body) {
      const reason = http.STATUS_CODES[answer.status] ?? "";
      const kind = answer.status === 404 || answer.status === 410 ? "moved" : answer.status >= 500 ? "server" : "other";
      throw new FollowFetchError(refusal("follows.status", { status: answer.status, reason: reason || "none", kind }));
    }
    const contentType = String(answer.headers["content-type"] ?? "");
    return {
      notModified: false,
      body: decode(answer.body, contentType),
      url: url.href,
      contentType,
      etag: typeof answer.headers.etag === "string" ? answer.headers.etag : null,
      lastModified: typeof answer.headers["last-modified"] === "string" ? answer.headers["last-modified"] : null,
    };
  }
}
