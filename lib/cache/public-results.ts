// Results of the reader's search, kept in this server's memory for a minute per query. A
// breaking story sends many readers to the same few words at once; without this, each of them
// costs a full-text search over every entry. Any editor's change that readers could see empties
// it (revalidatePublicPages), so a minute is the most a result can lag behind the page cache's
// own freshness only when nothing changed. Concurrent misses on one query share one search.
const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

type Entry = { at: number; value: Promise<unknown> };
const store = ((globalThis as unknown as { factlogPublicResults?: Map<string, Entry> }).factlogPublicResults ??= new Map());

export async function rememberPublicResult<T>(key: string, work: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = store.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = work();
  store.set(key, { at: now, value });
  // A failed search is not kept: the next reader tries again.
  value.catch(() => store.get(key)?.value === value && store.delete(key));
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

/** Called with every public revalidation: nothing remembered outlives an editor's change. */
export function forgetPublicResults(): void {
  store.clear();
}
