// The cache shared by every instance, in Redis, when REDIS_URL is set (docs/scaling.md): rendered
// public pages (page-cache-handler.cjs) and remembered search and API results (public-results.ts).
// One counter, the generation, is moved on by any public change on any instance, and each change is
// kept in a short log beside it: what it changed, or "*" for anything (generation.cjs). An entry is
// stamped with the generation seen when its work began, and with what it shows when it says; it is
// a miss everywhere at once when a change after its stamp touched it (any change, for an entry that
// names nothing). So a page rendered from data older than a correction can never be stored as
// current. Values go through v8 serialization (Buffers, Maps and Dates survive).
// When Redis does not answer, every read is a miss and every write is skipped: pages are rendered
// from the database, never a 500; the instance says so once, and again when Redis is back.
// Two tiers: each process keeps the entries it read or wrote, deserialized, in memory, and asks
// Redis only for the generation (at most every GENERATION_TTL_MS, one request shared by all
// readers meanwhile) and, when it moved, for the changes since the one it knew; so a hot page costs
// no transfer and no decoding, and a change made elsewhere reaches this process within that time.
// The instance that makes a change knows at once.
// CommonJS and reading process.env itself: Next.js loads the cache handler outside the bundle,
// before any of the app's code (lib/env.ts validates the same variables at start-up).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, see above */
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
const { createClient, RESP_TYPES } = require("@redis/client");
const { LRUCache } = require("lru-cache");
const { ChangeLog, formatChange, parseChange } = require("./generation.cjs");
/* eslint-enable @typescript-eslint/no-require-imports */

// An entry outlives no more than a day; the generation makes it a miss long before, on any change.
const TTL_SECONDS = 24 * 60 * 60;
// How long a process trusts the generation it last read: the most a flush made elsewhere can
// take to reach it (issue 16 asks for a second).
const GENERATION_TTL_MS = 200;
// The entries a process keeps decoded in memory, by their size in Redis.
const LOCAL_BYTES = 128 * 1024 * 1024;
// How long a process that misses a page another instance is rendering waits for that page, and
// how often it looks (renderOnce): past the wait it renders the page itself, as without Redis.
const RENDER_WAIT_MS = 3000;
const RENDER_POLL_MS = 20;
// How many changes the log in Redis keeps: a process that fell further behind counts the gap as a
// change to anything (generation.cjs).
const CHANGES_KEPT = 1000;
// One more generation and its change in the log, in one step (so no instance reads the one without
// the other); members are "<generation> <what changed>", scored by the generation.
const RECORD_CHANGE = `local g = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], g, g .. ' ' .. ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -${CHANGES_KEPT + 1})
return g`;

function redact(url) {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}

/**
 * A Redis-backed store of generation-stamped entries. `build`: the Next.js build the entries are
 * made by; entries of another build are not read (a page or result kept from before a deploy
 * could be shaped as the code before it was), while the generation and its log are shared by every
 * build, so a change reaches old and new instances alike during a rolling deploy.
 */
function createRedisStore({ url, prefix, build = "", log = console, generationTtlMs = GENERATION_TTL_MS }) {
  const base = createClient({
    url,
    // Fail a command at once while disconnected, instead of queueing readers behind an outage.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2000) },
  });
  const client = base.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const generationKey = `${prefix}generation`;
  const changesKey = `${prefix}changes`;
  const entryPrefix = build ? `${prefix}${build}:` : prefix;
  let down = false;
  // Entries this process keeps decoded (below), forgotten on an outage: a flush made while Redis
  // was away never reached it, and Redis keeps nothing on disk, so its generation may restart at
  // what these entries were stamped with.
  const local = new LRUCache({ maxSize: LOCAL_BYTES, sizeCalculation: (kept) => kept.bytes });
  const report = (error) => {
    local.clear();
    // The changes made while Redis was away never reached this process either: learnt again from its log.
    forget();
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
  // The changes this process knows of; null until first read, and again after an outage.
  let known = null;
  let knownAt = 0;
  let asking = null;
  function forget() {
    known = null;
    knownAt = 0;
  }

  /** The changes after `since` up to `generation`, in order; null when the log no longer holds them all. */
  async function changesSince(since, generation) {
    const members = await base.zRangeByScore(changesKey, since === null ? "-inf" : `(${since}`, generation);
    const changes = members.map((member) => {
      const text = member.toString();
      const space = text.indexOf(" ");
      return { generation: Number(text.slice(0, space)), ...parseChange(text.slice(space + 1)) };
    });
    const first = since === null ? (changes[0]?.generation ?? generation + 1) - 1 : since;
    return changes.length === generation - first && changes.every((change, index) => change.generation === first + index + 1) ? { first, changes } : null;
  }

  /** Brings what is known up to date with Redis; a generation that went back (Redis started afresh) drops what this process kept. */
  async function readChanges() {
    const generation = decodeGeneration(await base.get(generationKey));
    if (known && generation === known.generation) return known;
    if (known && generation < known.generation) local.clear();
    const since = known && generation > known.generation ? known.generation : null;
    const read = await changesSince(since, generation);
    if (!read) {
      // Fell behind the log's length, or the log was trimmed under this process: count it as a change to anything.
      known ??= new ChangeLog(generation);
      known.start(generation);
      return known;
    }
    if (since === null) known = new ChangeLog(read.first);
    for (const change of read.changes) known.record(change.generation, change.shows, change.added);
    return known;
  }

  /** The changes known, read from Redis now. */
  function refreshedChanges() {
    knownAt = 0;
    return currentChanges();
  }

  /** The changes known, read from Redis at most every generationTtlMs; null when Redis is down. */
  function currentChanges() {
    if (known !== null && Date.now() - knownAt < generationTtlMs) return Promise.resolve(known);
    asking ??= attempt(readChanges, null).then((read) => {
      asking = null;
      if (read === null) forget();
      else knownAt = Date.now();
      return read;
    });
    return asking;
  }

  const store = {
    /** The changes known now (see currentChanges), for a cache of its own kept beside this one (the front door's); null when Redis is down. */
    changes: currentChanges,
    /** The current generation; null when Redis is down. */
    async generation() {
      return (await currentChanges())?.generation ?? null;
    },
    /**
     * The entry under `key` if it is still current, and the current generation; null generation when
     * Redis is down. With `servable`, also an entry stale only by additions since it was made
     * (generation.cjs), marked `stale`, for the caller to serve while it makes it again.
     */
    async get(key, options = {}) {
      const changes = await currentChanges();
      if (changes === null) return { entry: null, generation: null };
      const { generation } = changes;
      const kept = local.get(key);
      if (kept && changes.isCurrent(kept.entry.g, kept.entry.shows)) return { entry: kept.entry, generation };
      if (kept && options.servable && changes.isServable(kept.entry.g, kept.entry.shows)) return { entry: kept.entry, generation, stale: true };
      const raw = await attempt(() => client.get(`${entryPrefix}${key}`), undefined);
      if (raw === undefined) {
        forget();
        return { entry: null, generation: null };
      }
      if (!raw) return { entry: null, generation };
      const entry = v8.deserialize(raw);
      // Made as of a change this process has not read yet (another instance made both): read it now.
      const now = entry.g > generation ? await refreshedChanges() : changes;
      if (now === null) return { entry: null, generation: null };
      const current = now.isCurrent(entry.g, entry.shows);
      if (!current && !(options.servable && now.isServable(entry.g, entry.shows))) return { entry: null, generation: now.generation };
      local.set(key, { entry, bytes: raw.length });
      return current ? { entry, generation: now.generation } : { entry, generation: now.generation, stale: true };
    },
    /**
     * Called on a miss of `key`, before rendering it: null when this process is to render it (no
     * other instance is, or Redis is away), else what another instance stored meanwhile, as `get`
     * answers. One instance renders a page that every instance misses at once (after a change: the
     * instance that made it renders its pages at once, lib/cache/warm-pages.ts), and the others wait
     * for its page, up to RENDER_WAIT_MS, instead of rendering it again each. `set` releases it.
     */
    async renderOnce(key, waitMs = RENDER_WAIT_MS) {
      const marker = `${entryPrefix}rendering:${key}`;
      // "OK": this process renders it; null: another is (NX); false: Redis is away, and this one renders it.
      const claimed = await attempt(() => client.set(marker, String(process.pid), { NX: true, PX: waitMs }), false);
      if (claimed !== null) return null;
      const until = Date.now() + waitMs;
      while (Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, RENDER_POLL_MS));
        const rendering = await attempt(() => client.exists(marker), 0);
        if (rendering) continue;
        // Released: stored by the instance that rendered it (or not stored, and this one renders it).
        const found = await store.get(key);
        return found.entry ? found : null;
      }
      return null;
    },
    /** Stores `value` as of `generation` (the one seen when its work began), showing `shows` (null or absent: anything). */
    async set(key, value, generation, extra = {}) {
      if (generation === null || generation === undefined) return store.release(key);
      const entry = { g: generation, at: Date.now(), v: value, ...extra };
      const raw = v8.serialize(entry);
      const stored = await attempt(() => client.set(`${entryPrefix}${key}`, raw, { EX: TTL_SECONDS }).then(() => true), false);
      if (stored) local.set(key, { entry, bytes: raw.length });
      await store.release(key);
    },
    /** Ends this process's render of `key` (renderOnce), stored or not. */
    async release(key) {
      await attempt(() => client.del(`${entryPrefix}rendering:${key}`), undefined);
    },
    async delete(key) {
      local.delete(key);
      await attempt(() => client.del(`${entryPrefix}${key}`), undefined);
    },
    /**
     * A public change, to what `shows` names (null or absent: to anything), or an addition (`added`):
     * what it touches becomes a miss on every instance (or, after an addition, stale but servable),
     * at once here, within generationTtlMs elsewhere.
     */
    async bump(shows = null, added = false) {
      const generation = await attempt(async () => Number(await base.eval(RECORD_CHANGE, { keys: [generationKey, changesKey], arguments: [formatChange(shows, added)] })), null);
      if (generation === null) return forget();
      if (known !== null && generation === known.generation + 1) known.record(generation, shows, added);
      else {
        // Changes made elsewhere came between: this process reads them, in order, up to its own.
        for (let tries = 0; tries < 3 && (known === null || known.generation < generation); tries += 1) {
          knownAt = 0;
          await currentChanges();
        }
      }
      if (shows === null && !added) local.clear();
    },
    async quit() {
      // Destroyed, not closed: closing waits for an answer that never comes while Redis is away.
      base.destroy();
    },
  };
  return store;
}

/** The Next.js build this process serves (its BUILD_ID, in next.config.js's distDir), or "" where there is none (the front door). */
function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), process.env.FACTLOG_NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * The process's store for REDIS_URL (prefix REDIS_KEY_PREFIX), or null without it: one connection
 * for the cache handler and every bundle that loads this module (kept on globalThis, as the
 * database client is), so an outage is reported once per process.
 */
function sharedRedisStore() {
  if (globalThis.factlogRedisStore === undefined) {
    const url = process.env.REDIS_URL;
    globalThis.factlogRedisStore = url ? createRedisStore({ url, prefix: process.env.REDIS_KEY_PREFIX || "factlog:", build: buildId() }) : null;
  }
  return globalThis.factlogRedisStore;
}

module.exports = { GENERATION_TTL_MS, createRedisStore, sharedRedisStore };
