import type http from "node:http";
import { LRUCache } from "lru-cache";

/**
 * The front door's copy of the readers' cached pages and the public API's remembered answers
 * (docs/scaling.md, "The front door's copy of the page cache"): what is already made is answered
 * here, without the Next.js process behind, so a flood of readers costs that process nothing and a
 * reader arriving during it waits for no render.
 *
 * It can never show a page the page cache has dropped. The page cache (lib/cache/page-cache-handler.cjs)
 * empties whole on any public change by moving to a new generation, and names in each page it
 * serves from its store the generation that page belongs to (GENERATION_HEADER); the public API's
 * answers name the generation read before their results (lib/api/responses.ts). An answer is kept
 * here under that generation, and given out only while it is still the current one, as the door
 * learns it: from Redis, as every instance does (at most GENERATION_TTL_MS late), or, with the one
 * Next.js process of the embedded demo, from that process's message when it empties. An answer
 * that names no generation (a page rendered for its request, anything else) is never kept.
 * Why this and not a short time-to-live: docs/decisions/0014.
 */
export { GENERATION_HEADER } from "../cache/generation.cjs";

/** The current generation of the page cache; null when it cannot be known (Redis away): then nothing is kept or given out. */
export type GenerationSource = () => Promise<number | null> | number | null;

export type KeptAnswer = { headers: http.OutgoingHttpHeaders; bytes: Buffer; etag: string; storedAt: number };

// Bytes of pages kept (compressed as sent; a verdict page is about 15 KB gzipped, 64 KB plain).
const MAX_BYTES = 64 * 1024 * 1024;
// A page is asked of the process behind again after this long even if nothing changed: pages also
// age by the clock (Next.js renders them again after an hour; "3 hours ago" moves on).
const MAX_AGE_MS = 60_000;
// What a client's connection, or the process behind, said of its own connection.
const NOT_KEPT = ["date", "connection", "keep-alive", "transfer-encoding"];

export class DoorCache {
  private pages: LRUCache<string, KeptAnswer & { generation: number }>;
  private generation: number | null = null;

  constructor(
    private readonly source: GenerationSource,
    limits: { bytes?: number; maxAgeMs?: number } = {},
  ) {
    this.pages = new LRUCache({ maxSize: limits.bytes ?? MAX_BYTES, sizeCalculation: (kept) => kept.bytes.length + 1024, ttl: limits.maxAgeMs ?? MAX_AGE_MS });
  }

  /** The generation now; every page of another generation is dropped as soon as it is known. */
  private async current(): Promise<number | null> {
    const generation = await this.source();
    if (generation !== this.generation) {
      this.pages.clear();
      this.generation = generation;
    }
    return generation;
  }

  /** The page kept for `key`, if it belongs to the current generation. */
  async get(key: string): Promise<KeptAnswer | null> {
    const generation = await this.current();
    if (generation === null) return null;
    const kept = this.pages.get(key);
    return kept && kept.generation === generation ? kept : null;
  }

  /**
   * Keeps an answer (a 200 to a GET) that named its generation (`named`, its GENERATION_HEADER) and
   * that any reader may be given: no Set-Cookie, nothing that says it is one client's or not to be kept.
   */
  async keep(key: string, named: string | string[] | undefined, headers: http.IncomingHttpHeaders, bytes: Buffer, etag: string): Promise<void> {
    const generation = Number(named ?? NaN);
    if (!Number.isInteger(generation)) return;
    if (headers["set-cookie"] || /\b(?:private|no-store|no-cache)\b/.test(String(headers["cache-control"] ?? ""))) return;
    // Kept only while it is the generation the door knows: one it has not learnt yet is not trusted either.
    if ((await this.current()) !== generation) return;
    const kept: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (value !== undefined && !NOT_KEPT.includes(name)) kept[name] = value;
    this.pages.set(key, { headers: kept, bytes, etag, storedAt: Date.now(), generation });
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
