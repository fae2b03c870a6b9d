import type http from "node:http";
import { LRUCache } from "lru-cache";
import { parseShows, type ChangeLog, type Shows } from "../cache/generation.cjs";

/**
 * The front door's copy of the readers' cached pages and the public API's remembered answers
 * (docs/scaling.md, "The front door's copy of the page cache"): what is already made is answered
 * here, without the Next.js process behind, so a flood of readers costs that process nothing and a
 * reader arriving during it waits for no render.
 *
 * It never shows a page the page cache holds as stale, but after a publication (which only adds;
 * decision 0017), while the page is made again. The page cache (lib/cache/page-cache-handler.cjs)
 * names in each page it serves from its store the generation that page was made at and, for a
 * verdict page, what it shows (GENERATION_HEADER, SHOWS_HEADER); the public API's answers name the
 * generation read before their results (lib/api/responses.ts). An answer is kept here with both,
 * and given out only while no public change since touched it (generation.cjs), as the door learns
 * the changes: from Redis, as every instance does (at most GENERATION_TTL_MS late), or, with the
 * one Next.js process of the embedded demo, from that process's message at each change. An answer
 * that names no generation (a page rendered for its request, anything else) is never kept.
 * Why this and not a short time-to-live: docs/decisions/0014.
 */
export { GENERATION_HEADER, SHOWS_HEADER } from "../cache/generation.cjs";

/** The public changes known now; null when they cannot be known (Redis away): then nothing is kept or given out. */
export type ChangesSource = () => Promise<ChangeLog | null> | ChangeLog | null;

export type KeptAnswer = { headers: http.OutgoingHttpHeaders; bytes: Buffer; etag: string; storedAt: number };

// Bytes of pages kept (compressed as sent; a verdict page is about 15 KB gzipped, 64 KB plain).
const MAX_BYTES = 64 * 1024 * 1024;
// A page is asked of the process behind again after this long even if nothing changed: pages also
// age by the clock (Next.js renders them again after an hour; "3 hours ago" moves on).
const MAX_AGE_MS = 60_000;
// What a client's connection, or the process behind, said of its own connection.
const NOT_KEPT = ["date", "connection", "keep-alive", "transfer-encoding"];
// After a publication, a copy is given out while one reader's request at a time goes to the
// process behind for the page made again: another goes if this long passes without it.
const REFRESH_MS = 250;

export class DoorCache {
  private pages: LRUCache<string, KeptAnswer & { made: number; shows: Shows }>;
  // Copies stale only by a publication, by when a reader's request last went behind for them.
  private refreshing = new Map<string, number>();

  constructor(
    private readonly source: ChangesSource,
    limits: { bytes?: number; maxAgeMs?: number } = {},
  ) {
    this.pages = new LRUCache({ maxSize: limits.bytes ?? MAX_BYTES, sizeCalculation: (kept) => kept.bytes.length + 1024, ttl: limits.maxAgeMs ?? MAX_AGE_MS });
  }

  /**
   * The answer kept for `key`, if no change since it was made touched it; or, if only publications
   * did (generation.cjs, isServable), while one reader's request goes to the process behind to
   * have it made again (null for that one reader, once per REFRESH_MS), so a publication during a
   * flood does not send the flood behind.
   */
  async get(key: string): Promise<KeptAnswer | null> {
    const changes = await this.source();
    if (changes === null) {
      this.pages.clear();
      return null;
    }
    const kept = this.pages.get(key);
    if (!kept) return null;
    if (changes.isCurrent(kept.made, kept.shows)) return kept;
    if (changes.isServable(kept.made, kept.shows)) {
      const asked = this.refreshing.get(key);
      if (asked !== undefined && Date.now() - asked < REFRESH_MS) return kept;
      if (this.refreshing.size > 10_000) this.refreshing.clear();
      this.refreshing.set(key, Date.now());
      return null;
    }
    this.pages.delete(key);
    return null;
  }

  /**
   * Keeps an answer (a 200 to a GET) that named the generation it was made at (`named`, its
   * GENERATION_HEADER) and what it shows (`shows`, its SHOWS_HEADER; none: anything), and that any
   * reader may be given: no Set-Cookie, nothing that says it is one client's or not to be kept.
   */
  async keep(key: string, named: string | string[] | undefined, shows: string | string[] | undefined, headers: http.IncomingHttpHeaders, bytes: Buffer, etag: string): Promise<void> {
    const made = Number(named ?? NaN);
    if (!Number.isInteger(made)) return;
    if (headers["set-cookie"] || /\b(?:private|no-store|no-cache)\b/.test(String(headers["cache-control"] ?? ""))) return;
    // Kept only if current as far as the door knows: a generation it has not learnt yet is not trusted either.
    const changes = await this.source();
    const shown = parseShows(shows);
    if (changes === null || !changes.isCurrent(made, shown)) return;
    const kept: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (value !== undefined && !NOT_KEPT.includes(name)) kept[name] = value;
    this.pages.set(key, { headers: kept, bytes, etag, storedAt: Date.now(), made, shows: shown });
    this.refreshing.delete(key);
  }
}

/**
 * The key of a reader's request, or null when its answer is not the same for every reader: only
 * a GET or HEAD, with none of the headers Next.js answers differently to (its client router's).
 * Pages and the API's answers differ by their address only (the locale is in the path), and by encoding.
 */
export function doorKey(request: http.IncomingMessage, gzip: boolean): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.rsc !== undefined || Object.keys(request.headers).some((name) => name.startsWith("next-router-"))) return null;
  return `${gzip ? "gzip" : "identity"} ${request.url ?? "/"}`;
}
