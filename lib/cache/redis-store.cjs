// The cache shared by every instance, in Redis, when REDIS_URL is set (docs/scaling.md): rendered
// public pages (page-cache-handler.cjs) and remembered search and API results (public-results.ts).
// One counter, the generation, is bumped by any revalidation on any instance; an entry stored
// under an older generation is a miss everywhere at once. An entry is stamped with the generation
// seen when its render began, so a page rendered from data older than a correction can never be
// stored as current. Values go through v8 serialization (Buffers, Maps and Dates survive).
// When Redis does not answer, every read is a miss and every write is skipped: pages are rendered
// from the database, never a 500; the instance says so once, and again when Redis is back.
// CommonJS and reading process.env itself: Next.js loads the cache handler outside the bundle,
// before any of the app's code (lib/env.ts validates the same variables at start-up).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, see above */
const v8 = require("node:v8");
const { createClient, RESP_TYPES } = require("@redis/client");
/* eslint-enable @typescript-eslint/no-require-imports */

// An entry outlives no more than a day; the generation makes it a miss long before, on any change.
const TTL_SECONDS = 24 * 60 * 60;

function redact(url) {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}

/** A Redis-backed store of generation-stamped entries, or null when REDIS_URL is not set. */
function createRedisStore({ url, prefix, log = console }) {
  const base = createClient({
    url,
    // Fail a command at once while disconnected, instead of queueing readers behind an outage.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2000) },
  });
  const client = base.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const generationKey = `${prefix}generation`;
  let down = false;
  const report = (error) => {
    if (down) return;
    down = true;
    log.error(`Redis at ${redact(url)} is not answering (${error && error.message ? error.message : error}); pages are rendered from the database until it is back.`);
  };
  base.on("error", report);
  base.on("ready", () => {
    if (!down) return;
    down = false;
    log.error(`Redis at ${redact(url)} is answering again; caching resumes.`);
  });
  const connecting = base.connect().catch(report);

  async function attempt(work, fallback) {
    await connecting;
    if (!base.isReady) return fallback;
    try {
      return await work();
    } catch (error) {
      report(error);
      return fallback;
    }
  }

  const decodeGeneration = (raw) => (raw ? Number(raw.toString()) : 0);

  return {
    /** The entry under `key` if it belongs to the current generation, and the current generation; null generation when Redis is down. */
    async get(key) {
      return attempt(async () => {
        const [raw, generation] = await client.mGet([`${prefix}${key}`, generationKey]);
        const current = decodeGeneration(generation);
        if (!raw) return { entry: null, generation: current };
        const entry = v8.deserialize(raw);
        return { entry: entry.g === current ? entry : null, generation: current };
      }, { entry: null, generation: null });
    },
    /** Stores `value` as of `generation` (the one seen when its work began). */
    async set(key, value, generation, extra = {}) {
      if (generation === null || generation === undefined) return;
      await attempt(() => client.set(`${prefix}${key}`, v8.serialize({ g: generation, at: Date.now(), v: value, ...extra }), { EX: TTL_SECONDS }), undefined);
    },
    async delete(key) {
      await attempt(() => client.del(`${prefix}${key}`), undefined);
    },
    /** Every entry of every instance becomes a miss. */
    async bump() {
      await attempt(() => base.incr(generationKey), undefined);
    },
    async quit() {
      // Destroyed, not closed: closing waits for an answer that never comes while Redis is away.
      base.destroy();
    },
  };
}

/**
 * The process's store for REDIS_URL (prefix REDIS_KEY_PREFIX), or null without it: one connection
 * for the cache handler and every bundle that loads this module (kept on globalThis, as the
 * database client is), so an outage is reported once per process.
 */
function sharedRedisStore() {
  if (globalThis.factlogRedisStore === undefined) {
    const url = process.env.REDIS_URL;
    globalThis.factlogRedisStore = url ? createRedisStore({ url, prefix: process.env.REDIS_KEY_PREFIX || "factlog:" }) : null;
  }
  return globalThis.factlogRedisStore;
}

module.exports = { createRedisStore, sharedRedisStore };
