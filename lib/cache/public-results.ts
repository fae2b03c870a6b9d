// Results of the reader's search, kept in this server's memory per query. A breaking story
// sends many readers to the same few words at once; without this, each of them costs a
// full-text search over every entry. Any editor's change that readers could see empties it
// (revalidatePublicPages), so the time limits below only bound changes made outside this
// server. Concurrent misses on one query share one search. A result older than its time limit
// is still served while one search in the background refreshes it (stale-while-revalidate),
// so a busy query never sends every reader to the database at once when it expires.
// Verdict pages keep their quantity's public timeline here too, longer: every claim on one
// quantity shows the same figures, so the first verdict page rendered pays for the rest.
// lru-cache bounds the store; its own fetch() is not used for the refresh, as it rejects a
// reader's in-flight search when an editor's change empties the cache.
import { LRUCache } from "lru-cache";

const TTL_MS = 60_000;
const STALE_FACTOR = 10;
const MAX_ENTRIES = 2_000;

type Entry = { at: number; value: Promise<unknown>; refreshing: boolean };
const store = ((globalThis as unknown as { factlogPublicResults?: LRUCache<string, Entry> }).factlogPublicResults ??= new LRUCache<string, Entry>({ max: MAX_ENTRIES }));

function remember<T>(key: string, work: () => Promise<T>, now: number): Promise<T> {
  const value = work();
  store.set(key, { at: now, value, refreshing: false });
  // A failed search is not kept: the next reader tries again.
  value.catch(() => store.get(key)?.value === value && store.delete(key));
  return value;
}

/**
 * The remembered result of `work` under `key`: fresh for `ttlMs` (a minute unless told), then
 * served stale for up to ten times that while one refresh runs, then searched again.
 */
export async function rememberPublicResult<T>(key: string, work: () => Promise<T>, options: { ttlMs?: number } = {}): Promise<T> {
  const ttl = options.ttlMs ?? TTL_MS;
  const now = Date.now();
  const hit = store.get(key);
  if (!hit || now - hit.at >= ttl * STALE_FACTOR) return remember(key, work, now);
  if (now - hit.at >= ttl && !hit.refreshing) {
    hit.refreshing = true;
    const fresh = work();
    fresh.then(
      // Kept only if no editor's change emptied the store meanwhile: that result may predate it.
      () => store.get(key) === hit && store.set(key, { at: Date.now(), value: fresh, refreshing: false }),
      () => store.get(key) === hit && (hit.refreshing = false),
    );
  }
  return hit.value as Promise<T>;
}

/** Called with every public revalidation: nothing remembered outlives an editor's change. */
export function forgetPublicResults(): void {
  store.clear();
}
