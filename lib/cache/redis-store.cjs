// The cache shared by every instance, in Redis, when REDIS_URL is set (docs/scaling.md): rendered
// public pages (page-cache-handler.cjs) and remembered search and API results (public-results.ts).
// One counter, the generation, is bumped by any revalidation on any instance; an entry stored
// under an older generation is a miss everywhere at once. An entry is stamped with the generation
// seen when its render began, so a page rendered from data older than a correction can never be
// stored as current. Values go through v8 serialization (Buffers, Maps and Dates survive).
// When Redis does not answer, every read is a miss and every write is skipped: pages are rendered
// from the database, never a 500; the instance says so once, and again when Redis is back.
// Two tiers: each process keeps the entries it read or wrote, deserialized, in memory, and asks
// Redis only for the generation (at most every GENERATION_TTL_MS, one request shared by all
// readers meanwhile), so a hot page costs no transfer and no decoding; a flush elsewhere reaches
// this process within that time. The instance that flushes knows at once.
// CommonJS and reading process.env itself: Next.js loads the cache handler outside the bundle,
// before any of the app's code (lib/env.ts validates the same variables at start-up).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, see above */
const v8 = require("node:v8");
const { createClient, RESP_TYPES } = require("@redis/client");
const { LRUCache } = require("lru-cache");
/* eslint-enable @typescript-eslint/no-require-imports */

// An entry outlives no more than a day; the generation makes it a miss long before, on any change.
const TTL_SECONDS = 24 * 60 * 60;
// How long a process trusts the generation it last read: the most a flush made elsewhere can
// take to reach it (issue 16 asks for a second).
const GENERATION_TTL_MS = 200;
// The entries a process keeps decoded in memory, by their size in Redis.
const LOCAL_BYTES = 128 * 1024 * 1024;

function redact(url) {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}

/** A Redis-backed store of generation-stamped entries, or null when REDIS_URL is not set. */
function createRedisStore({ url, prefix, log = console, generationTtlMs = GENERATION_TTL_MS }) {
  const base = createClient({
    url,
    // Fail a command at once while disconnected, instead of queueing readers behind an outage.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2000) },
  });
  const client = base.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const generationKey = `${prefix}generation`;
  let down = false;
  // Entries this process keeps decoded (below), forgotten on an outage: a flush made while Redis
  // was away never reached it, and Redis keeps nothing on disk, so its generation may restart at
  // what these entries were stamped with.
  const local = new LRUCache({ maxSize: LOCAL_BYTES, sizeCalculation: (kept) => kept.bytes });
  const report = (error) => {
    local.clear();
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
  let known = { generation: null, at: 0 };
  let asking = null;
  const forget = () => {
    known = { generation: null, at: 0 };
  };

  /** The current generation, read from Redis at most every generationTtlMs; null when Redis is down. */
  function currentGeneration() {
    if (known.generation !== null && Date.now() - known.at < generationTtlMs) return Promise.resolve(known.generation);
    asking ??= attempt(async () => decodeGeneration(await base.get(generationKey)), null).then((generation) => {
      asking = null;
      known = { generation, at: generation === null ? 0 : Date.now() };
      return generation;
    });
    return asking;
  }

  return {
    /** The current generation (see currentGeneration), for a cache of its own kept beside this one (the front door's). */
    generation: currentGeneration,
    /** The entry under `key` if it belongs to the current generation, and the current generation; null generation when Redis is down. */
    async get(key) {
      const generation = await currentGeneration();
      if (generation === null) return { entry: null, generation: null };
      const kept = local.get(key);
      if (kept && kept.entry.g === generation) return { entry: kept.entry, generation };
      const raw = await attempt(() => client.get(`${prefix}${key}`), undefined);
      if (raw === undefined) {
        forget();
        return { entry: null, generation: null };
      }
      if (!raw) return { entry: null, generation };
      const entry = v8.deserialize(raw);
      if (entry.g !== generation) return { entry: null, generation };
      local.set(key, { entry, bytes: raw.length });
      return { entry, generation };
    },
    /** Stores `value` as of `generation` (the one seen when its work began). */
    async set(key, value, generation, extra = {}) {
      if (generation === null || generation === undefined) return;
      const entry = { g: generation, at: Date.now(), v: value, ...extra };
      const raw = v8.serialize(entry);
      const stored = await attempt(() => client.set(`${prefix}${key}`, raw, { EX: TTL_SECONDS }).then(() => true), false);
      if (stored) local.set(key, { entry, bytes: raw.length });
    },
    async delete(key) {
      local.delete(key);
      await attempt(() => client.del(`${prefix}${key}`), undefined);
    },
    /** Every entry of every instance becomes a miss: at once here, within generationTtlMs elsewhere. */
    async bump() {
      local.clear();
      const generation = await attempt(() => base.incr(generationKey), null);
      known = generation === null ? { generation: null, at: 0 } : { generation, at: Date.now() };
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

module.exports = { GENERATION_TTL_MS, createRedisStore, sharedRedisStore };
