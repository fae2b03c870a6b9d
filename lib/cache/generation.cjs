// The generation of the public caches, as the front door reads it (lib/server/door-cache.ts): with
// Redis, the counter every instance shares (redis-store.cjs); without it, how many times this
// process's page cache has emptied, counted here. The count lives on globalThis: Next.js loads the
// cache handler outside the bundle, and the route handlers' bundled copy of this module must read
// the same one. An answer that names the generation it was made at carries it in GENERATION_HEADER.
const GENERATION_HEADER = "x-factlog-generation";

/** How many times this process's page cache has emptied. */
function flushes() {
  return globalThis.factlogPageFlushes ?? 0;
}

/** Counts one more flush; returns the new count. */
function flushed() {
  globalThis.factlogPageFlushes = flushes() + 1;
  return globalThis.factlogPageFlushes;
}

module.exports = { GENERATION_HEADER, flushes, flushed };
