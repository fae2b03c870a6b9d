import { decodeCursor, encodeCursor, FILTER_KEYS, parseFilterLeniently, type Cursor, type PublicFilter } from "./public-filter";

// Readers search at /search?q=…; the page they get is rendered once per distinct search and kept
// in the page cache like a verdict page (as a document, until an editor's change), because a
// breaking story sends thousands of readers to the same few words. The page cache is keyed by
// path, so proxy.ts rewrites each search to /<locale>/search/<key>: the key is the search's
// canonical query string (known filters only, in a fixed order, malformed values dropped) in
// base64url. Every spelling of one search (reordered or junk parameters) shares one key.

export type SearchRequest = { filter: PublicFilter; after: Cursor | null };

type Params = Record<string, string | string[] | undefined>;

/** The canonical query string of a search: "" or "?q=…&verdict=…&after=…". */
export function canonicalSearchQuery(filter: PublicFilter, after?: Cursor | null): string {
  const search = new URLSearchParams();
  for (const name of FILTER_KEYS) if (filter[name]) search.set(name, String(filter[name]));
  if (after) search.set("after", encodeCursor(after));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Reads a search from an address's parameters, leniently: what does not parse is dropped. */
export function readSearch(params: Params): SearchRequest {
  const rawAfter = Array.isArray(params.after) ? params.after[0] : params.after;
  return { filter: parseFilterLeniently(params), after: rawAfter ? decodeCursor(rawAfter) : null };
}

/** The path segment naming one search (never empty). */
export function searchKey(params: URLSearchParams): string {
  const { filter, after } = readSearch(Object.fromEntries(params));
  const query = canonicalSearchQuery(filter, after);
  return query ? Buffer.from(query.slice(1), "utf8").toString("base64url") : "all";
}

/** The search a path segment names; a key that is not one of ours reads as the empty search. */
export function searchFromKey(key: string): SearchRequest {
  if (key === "all" || !/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return { filter: {}, after: null };
  return readSearch(Object.fromEntries(new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"))));
}
