// Results of the reader's search (and the API's lists, and verdict pages' timelines), remembered
// per query. A breaking story sends many readers to the same few words at once; without this,
// each of them costs a full-text search over every entry. Any editor's change that readers could
// see makes them stale (revalidatePublicPages), on every instance: with REDIS_URL they live in
// Redis beside the page cache (redis-store.cjs), else in this server's memory. A result that says
// what it shows stays current through a correction of anything else, as pages do (a quantity's
// timeline outline shows nothing a correction changes; generation.cjs); after a publication, which
// leaves it incomplete at worst, a result that found something is served while one search refreshes
// it (decision 0017), and the caller hears the generation it was made at (`made`): what is made
// from it (a page, an API answer) is named as of then, so the caches serve it while it is made
// again rather than keep it as current (decision 0018). Concurrent misses on one query share one
// search. A result older than its time limit is still served while one search refreshes it
// (stale-while-revalidate), so a busy query never sends every reader to the
// database at once when it expires. lru-cache bounds the in-memory store; its own fetch() is not
// used for the refresh, as it rejects a reader's in-flight search when an editor's change empties it.
import { LRUCache } from "lru-cache";
import { localChanges, type Shows } from "./generation.cjs";
import { recordPublicChange } from "./public-change.cjs";
import { sharedRedisStore, type RedisStore } from "./redis-store.cjs";

const TTL_MS = 60_000;
const STALE_FACTOR = 10;
const MAX_ENTRIES = 2_000;

// `made`: the generation seen when its search began; `shows`: what it shows (null: anything);
// `found`: whether its search is done and found something (only that may be served while stale).
type Entry = { at: number; value: Promise<unknown>; refreshing: boolean; made: number; shows: Shows; found: boolean };
const store = ((globalThis as unknown as { factlogPublicResults?: LRUCache<string, Entry> }).factlogPublicResults ??= new LRUCache<string, Entry>({ max: MAX_ENTRIES }));
// Searches under way in this process, by key: concurrent readers of one query share one.
const running = new Map<string, Promise<unknown>>();

/** What a result shows, as said up front or read from the result itself. */
type ShowsOf<T> = Shows | ((value: T) => Shows);

function resolveShows<T>(shows: ShowsOf<T>, value: T): Shows {
  return typeof shows === "function" ? shows(value) : shows;
}

/** Keeps `value` under `key` as of `made`; what it shows is known once it is there (until then: anything). */
function keep<T>(key: string, value: Promise<T>, made: number, shows: ShowsOf<T>): Entry {
  const entry: Entry = { at: Date.now(), value, refreshing: false, made, shows: typeof shows === "function" ? null : shows, found: false };
  value.then(
    (result) => {
      if (typeof shows === "function") entry.shows = shows(result);
      entry.found = isFound(result);
    },
    () => undefined,
  );
  store.set(key, entry);
  return entry;
}

function remember<T>(key: string, work: () => Promise<T>, shows: ShowsOf<T>): Promise<T> {
  const value = work();
  keep(key, value, localChanges().generation, shows);
  // A failed search is not kept: the next reader tries again.
  value.catch(() => store.get(key)?.value === value && store.delete(key));
  return value;
}

/** A result that may be served while it is searched again: one that found something (a claim just published must not stay "not found"). */
function isFound(result: unknown): boolean {
  return result !== null && result !== undefined;
}

function rememberInMemory<T>(key: string, work: () => Promise<T>, ttl: number, shows: ShowsOf<T>, made?: (generation: number) => void): Promise<T> {
  const now = Date.now();
  const hit = store.get(key);
  const changes = localChanges();
  const current = hit !== undefined && changes.isCurrent(hit.made, hit.shows);
  // Stale only by a publication since: served while one search refreshes it, as past its time limit.
  const servable = hit !== undefined && !current && hit.found && changes.isServable(hit.made, hit.shows);
  if (!hit || now - hit.at >= ttl * STALE_FACTOR || (!current && !servable)) return remember(key, work, shows);
  if (servable) made?.(hit.made);
  if ((now - hit.at >= ttl || servable) && !hit.refreshing) {
    hit.refreshing = true;
    const since = localChanges().generation;
    const fresh = work();
    fresh.then(
      // Kept only if no change made it stale meanwhile: that result may predate the change.
      (result) => store.get(key) === hit && localChanges().isCurrent(since, resolveShows(shows, result)) && keep(key, fresh, since, shows),
      () => store.get(key) === hit && (hit.refreshing = false),
    );
  }
  return hit.value as Promise<T>;
}

/** Runs `work` once for this process however many readers ask at once, and stores its result as of `generation`. */
function runShared<T>(shared: RedisStore, key: string, work: () => Promise<T>, generation: number | null, shows: ShowsOf<T>): Promise<T> {
  const under = running.get(key);
  if (under) return under as Promise<T>;
  const result = work().then(async (value) => {
    await shared.set(`result:${key}`, value, generation, { shows: resolveShows(shows, value) });
    return value;
  });
  running.set(key, result);
  const done = () => running.delete(key);
  result.then(done, done);
  return result;
}

async function rememberShared<T>(shared: RedisStore, key: string, work: () => Promise<T>, ttl: number, shows: ShowsOf<T>, made?: (generation: number) => void): Promise<T> {
  const { entry, generation, stale } = await shared.get<T>(`result:${key}`, { servable: true });
  const age = entry ? Date.now() - entry.at : Infinity;
  if (entry && stale && !isFound(entry.v)) return runShared(shared, key, work, generation, shows);
  if (entry && age < ttl && !stale) return entry.v;
  // Past its time limit, or stale only by a publication since: served at once while one search in this process refreshes it.
  if (entry && age < ttl * STALE_FACTOR) {
    if (stale) made?.(entry.g);
    if (!running.has(key)) void runShared(shared, key, work, generation, shows).catch(() => undefined);
    return entry.v;
  }
  return runShared(shared, key, work, generation, shows);
}

/**
 * The remembered result of `work` under `key`: fresh for `ttlMs` (a minute unless told), then
 * served stale for up to ten times that while one refresh runs, then searched again; made stale by
 * a publication, it is served while one refresh runs too (one that found nothing is searched again
 * at once), and `made` hears the generation it was made
 * at: whatever is made from it must be named as of that generation, never later (madeAsOf).
 * `shows` names what the result shows when a correction elsewhere leaves it current
 * (generation.cjs), or reads it from the result; without it, any public change makes it stale.
 */
export async function rememberPublicResult<T>(key: string, work: () => Promise<T>, options: { ttlMs?: number; shows?: ShowsOf<T>; made?: (generation: number) => void } = {}): Promise<T> {
  const ttl = options.ttlMs ?? TTL_MS;
  const shows = options.shows ?? null;
  const shared = sharedRedisStore();
  return shared ? rememberShared(shared, key, work, ttl, shows, options.made) : rememberInMemory(key, work, ttl, shows, options.made);
}

/**
 * The earliest generation among the remembered results a page or an answer is made from, when one
 * was served stale (pass `lower` as their `made`); the page says it (data-cache-made, read by the
 * page cache) and an API answer names it, so neither is kept as current without what the change
 * since added.
 */
export function madeAsOf() {
  let earliest: number | undefined;
  return {
    /** Pass as `made` to rememberPublicResult. */
    lower: (generation: number) => void (earliest = earliest === undefined ? generation : Math.min(earliest, generation)),
    /** The generation a stale result was made at, if one was served. */
    made: () => earliest,
    /** `generation` (read before the results), or earlier if a stale result was served. */
    at: (generation: number | null) => (generation === null || earliest === undefined ? generation : Math.min(generation, earliest)),
  };
}

/**
 * The public caches' generation now (generation.cjs), null while Redis is away. Read before a
 * result, an answer made from it can name it: a remembered result made before a later change is
 * stale, so nothing remembered from before a change is named after it.
 */
export async function publicGeneration(): Promise<number | null> {
  const shared = sharedRedisStore();
  return shared ? shared.generation() : localChanges().generation;
}

/**
 * Called with every change to anything (revalidatePublicPages): what this process remembers goes at
 * once, and the change is recorded now for every instance, not only when Next.js passes the
 * revalidation on to the page cache (page-cache-handler.cjs records it again).
 */
export function forgetPublicResults(): void {
  store.clear();
  void recordPublicChange(null);
}
