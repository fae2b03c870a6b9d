// The cache of rendered public pages (Next.js's ISR cache): in Redis, shared by every instance,
// when REDIS_URL is set (redis-store.cjs); else in this server's memory. Why not Next's default:
// it also writes pages to .next/ on disk, so a restarted server (or the demo on a fresh database)
// could serve pages rendered from an earlier database. Any revalidation Next.js passes here is a
// change to anything (revalidatePublicPages): every page goes, as a whole flush can never leave
// one stale page behind; with Redis, one flush reaches every instance. Only a correction of one
// verdict is narrower (generation.cjs, docs/decisions/0015): it leaves current the pages that do
// not show its claim, among those that say what they show (PAGE_SHOWS).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Next.js loads the cache handler outside the bundle */
const { LRUCache } = require("lru-cache");
const { documentOnly, isReaderPage } = require("./reader-document.cjs");
const { GENERATION_HEADER, SHOWS_HEADER, formatShows, localChanges, parseShows } = require("./generation.cjs");
const { recordPublicChange } = require("./public-change.cjs");
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
// What a page shows, as it says in its markup (a verdict page, a search not filtered by verdict:
// app/[locale]/claims/[slug]/page.tsx, app/[locale]/search/[query]/page.tsx); a page that
// does not say depends on every change.
const PAGE_SHOWS = / data-cache-shows="([^"]*)"/;
// The generation of the oldest remembered result a page was made from, when one was served stale
// after a publication (lib/cache/public-results.ts, madeAsOf): the page is stored as of then, so it
// is served while it is made again, never kept as current without the claim just published.
const PAGE_MADE = / data-cache-made="(\d{1,15})"/;

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

// Each page is stored as of the generation seen when it was missed, so a change made during its
// render leaves it stale (generation.cjs).
const missedAt = new Map();

function missed(key, generation) {
  if (missedAt.size > 10_000) missedAt.clear();
  missedAt.set(key, generation);
  return null;
}

/**
 * A stored page as Next.js serves it, naming to the front door the generation it was made at and
 * what it shows (GENERATION_HEADER, SHOWS_HEADER), so the door keeps a copy only as long as it is
 * current (lib/server/door-cache.ts).
 */
function served(entry, generation, shows) {
  if (!entry.value || entry.value.kind !== "APP_PAGE") return entry;
  const named = { [GENERATION_HEADER]: String(generation), ...(shows ? { [SHOWS_HEADER]: formatShows(shows) } : {}) };
  return { ...entry, value: { ...entry.value, headers: { ...entry.value.headers, ...named } } };
}

// A page served while it is made again (after a publication, generation.cjs) is handed to Next.js
// as this old: past its revalidation time (an hour for every public page) but far within Next.js's
// expiry (a year), so Next.js serves it at once (x-nextjs-cache: STALE) and renders it again in
// the background, once per page, instead of holding every reader until it has.
const STALE_AGE_MS = 2 * 24 * 60 * 60 * 1000;

/** Whether a stored page may be served while it is made again: a reader's page found, never a 404 (a page just published must show at once). */
function servableWhileStale(value) {
  return Boolean(value) && value.kind === "APP_PAGE" && (value.status === undefined || value.status === 200);
}

/** A page served while the render it needs runs in the background, stamped as of `generation` (when it began). */
function servedStale(key, entry, made, shows, generation) {
  missed(key, generation);
  return { ...served(entry, made, shows), lastModified: Date.now() - STALE_AGE_MS };
}

class PageCacheHandler {
  async get(key, ctx) {
    const shared = sharedRedisStore();
    if (!shared) {
      const changes = localChanges();
      const entry = store().get(key);
      if (entry && changes.isCurrent(entry.generation, entry.shows)) return served(entry, entry.generation, entry.shows);
      if (entry && servableWhileStale(entry.value) && changes.isServable(entry.generation, entry.shows)) return servedStale(key, entry, entry.generation, entry.shows, changes.generation);
      return missed(key, changes.generation);
    }
    const { entry, generation, stale } = await shared.get(`page:${key}`, { servable: true });
    if (entry && !stale) return served(entry.v, entry.g, entry.shows);
    if (entry && servableWhileStale(entry.v.value)) return servedStale(key, entry.v, entry.g, entry.shows, generation);
    // A page another instance is rendering now (after a change, every instance misses it at once): its page, rather than a render of our own.
    const rendered = ctx && ctx.kind === "APP_PAGE" ? await shared.renderOnce(`page:${key}`) : null;
    if (rendered) return served(rendered.entry.v, rendered.entry.g, rendered.entry.shows);
    // Stamped as of before any wait: never later than what its render reads.
    return missed(key, generation);
  }

  async set(key, data, ctx) {
    const shared = sharedRedisStore();
    if (!shared) store().delete(key);
    if (data === null) return shared ? shared.delete(`page:${key}`) : undefined;
    // A page that says the database is not answering is for this one request only.
    if (data.kind === "APP_PAGE" && typeof data.html === "string" && data.html.includes(' data-no-store=""')) return shared ? shared.release(`page:${key}`) : undefined;
    const html = data.kind === "APP_PAGE" && typeof data.html === "string" ? data.html : null;
    const shows = html === null ? null : parseShows(PAGE_SHOWS.exec(html)?.[1]);
    const made = html === null ? null : PAGE_MADE.exec(html);
    if (html !== null && isReaderPage(html)) data = { ...data, html: documentOnly(html) };
    const entry = { value: data, lastModified: Date.now(), tags: (ctx && ctx.tags) || [], size: sizeOf(data) };
    const missed = missedAt.has(key) ? missedAt.get(key) : shared ? (await shared.get(`page:${key}`)).generation : localChanges().generation;
    const generation = made && typeof missed === "number" ? Math.min(missed, Number(made[1])) : missed;
    missedAt.delete(key);
    // Not kept if made before a change that may make it wrong; kept if made from results stale
    // only by a publication, to be served while it is made again.
    if (!shared) return localChanges().isServable(generation, shows) ? void store().set(key, { ...entry, generation, shows }) : undefined;
    await shared.set(`page:${key}`, entry, generation, { shows });
  }

  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.length > 0 && list.every((tag) => typeof tag === "string" && DESK_TAG.test(tag))) return;
    store().clear();
    await recordPublicChange(null);
  }

  resetRequestCache() {}
}

// Read on every store, so a test can lower them.
PageCacheHandler.limits = { entries: MAX_ENTRIES, bytes: MAX_BYTES };

module.exports = PageCacheHandler;
