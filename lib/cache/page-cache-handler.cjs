// The cache of rendered public pages (Next.js's ISR cache): in Redis, shared by every instance,
// when REDIS_URL is set (redis-store.cjs); else in this server's memory. Why not Next's default:
// it also writes pages to .next/ on disk, so a restarted server (or the demo on a fresh database)
// could serve pages rendered from an earlier database. Why flush everything on any revalidation:
// editors' changes are rare next to reads, every page refills on its next request, and a whole
// flush can never leave one stale page behind; with Redis, one flush reaches every instance.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Next.js loads the cache handler outside the bundle */
const { LRUCache } = require("lru-cache");
const { documentOnly, isReaderPage } = require("./reader-document.cjs");
const { GENERATION_HEADER, flushes, flushed } = require("./generation.cjs");
const { sharedRedisStore } = require("./redis-store.cjs");
/* eslint-enable @typescript-eslint/no-require-imports */

const MAX_ENTRIES = 5000;
// And at most this many bytes of pages: a verdict page is about 70 KB of HTML and 100 KB of
// React payload, so a crawler walking every verdict in three languages would otherwise hold
// a gigabyte. The least recently read pages go first.
const MAX_BYTES = 256 * 1024 * 1024;
// revalidatePath("/desk/...") arrives here as the tag "_N_T_/desk/...". The desk's pages are
// rendered per request and never kept in this cache, so revalidating them must not empty it:
// otherwise every draft an editor saves would make every reader's page cold again.
const DESK_TAG = /^_N_T_\/desk(\/|$)/;

/** About how much memory an entry holds: its HTML, its React payload and its segments. */
function sizeOf(value) {
  let size = 1024;
  if (value && typeof value.html === "string") size += Buffer.byteLength(value.html);
  if (value && value.rscData) size += value.rscData.byteLength || 0;
  if (value && value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += segment.byteLength || 0;
  if (value && value.body) size += value.body.byteLength || value.body.length || 0;
  return size;
}

let pages = null;
/** The LRU of pages, made anew when a test lowers the limits. */
function store() {
  const { entries, bytes } = PageCacheHandler.limits;
  if (!pages || pages.max !== entries || pages.maxSize !== bytes) {
    pages = new LRUCache({ max: entries, maxSize: bytes, sizeCalculation: (entry) => entry.size });
  }
  return pages;
}

// Every flush starts a new generation: in Redis, shared by every instance (redis-store.cjs); without
// it, this process's count of flushes (generation.cjs). The generation each key was missed at is
// kept, so the page rendered after the miss is stored as of then, and a flush during its render
// leaves it stale.
const missedAt = new Map();

function missed(key, generation) {
  if (missedAt.size > 10_000) missedAt.clear();
  missedAt.set(key, generation);
  return null;
}

/**
 * A stored page as Next.js serves it, naming its generation to the front door (GENERATION_HEADER,
 * generation.cjs), which keeps a copy only as long as that generation is current (lib/server/door-cache.ts).
 */
function served(entry, generation) {
  if (!entry.value || entry.value.kind !== "APP_PAGE") return entry;
  return { ...entry, value: { ...entry.value, headers: { ...entry.value.headers, [GENERATION_HEADER]: String(generation) } } };
}

class PageCacheHandler {
  async get(key) {
    const shared = sharedRedisStore();
    if (!shared) {
      const entry = store().get(key);
      return entry && entry.generation === flushes() ? served(entry, flushes()) : missed(key, flushes());
    }
    const { entry, generation } = await shared.get(`page:${key}`);
    return entry ? served(entry.v, entry.g) : missed(key, generation);
  }

  async set(key, data, ctx) {
    const shared = sharedRedisStore();
    if (!shared) store().delete(key);
    if (data === null) return shared ? shared.delete(`page:${key}`) : undefined;
    // A page that says the database is not answering is for this one request only.
    if (data.kind === "APP_PAGE" && typeof data.html === "string" && data.html.includes(' data-no-store=""')) return;
    if (data.kind === "APP_PAGE" && typeof data.html === "string" && isReaderPage(data.html)) data = { ...data, html: documentOnly(data.html) };
    const entry = { value: data, lastModified: Date.now(), tags: (ctx && ctx.tags) || [], size: sizeOf(data) };
    const generation = missedAt.has(key) ? missedAt.get(key) : shared ? (await shared.get(`page:${key}`)).generation : flushes();
    missedAt.delete(key);
    if (!shared) return generation === flushes() ? void store().set(key, { ...entry, generation }) : undefined;
    await shared.set(`page:${key}`, entry, generation);
  }

  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.length > 0 && list.every((tag) => typeof tag === "string" && DESK_TAG.test(tag))) return;
    const generation = flushed();
    store().clear();
    const shared = sharedRedisStore();
    if (shared) return void (await shared.bump());
    // The front door of the one process `npm start` runs without Redis learns of it by message
    // (lib/server/web-processes.ts relays it), as soon as the cache is empty.
    if (typeof process.send === "function" && process.connected) process.send({ factlog: "pages-flushed", generation });
  }

  resetRequestCache() {}
}

// Read on every store, so a test can lower them.
PageCacheHandler.limits = { entries: MAX_ENTRIES, bytes: MAX_BYTES };

module.exports = PageCacheHandler;
