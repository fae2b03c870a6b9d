// The cache of rendered public pages (Next.js's ISR cache), kept in this server's memory only.
// Why not Next's default: it also writes pages to .next/ on disk, so a restarted server (or the
// demo on a fresh database) could serve pages rendered from an earlier database. Why flush
// everything on any revalidation: editors' changes are rare next to reads, every page refills on
// its next request, and a whole flush can never leave one stale page behind. One server process
// serves the site; a fleet of them would put this cache in Redis instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS: Next.js loads the cache handler outside the bundle
const { documentOnly, isReaderPage } = require("./reader-document.cjs");

const MAX_ENTRIES = 5000;
// revalidatePath("/desk/...") arrives here as the tag "_N_T_/desk/...". The desk's pages are
// rendered per request and never kept in this cache, so revalidating them must not empty it:
// otherwise every draft an editor saves would make every reader's page cold again.
const DESK_TAG = /^_N_T_\/desk(\/|$)/;

const entries = new Map();

module.exports = class PageCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Map order doubles as recency order: move the hit to the end.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    if (data.kind === "APP_PAGE" && typeof data.html === "string" && isReaderPage(data.html)) data = { ...data, html: documentOnly(data.html) };
    entries.delete(key);
    entries.set(key, { value: data, lastModified: Date.now(), tags: (ctx && ctx.tags) || [] });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.length > 0 && list.every((tag) => typeof tag === "string" && DESK_TAG.test(tag))) return;
    entries.clear();
  }

  resetRequestCache() {}
};
