import "server-only";
import { unstable_cache } from "next/cache";
import { rememberPublicResult } from "../cache/public-results";
import { getReaderDb } from "../db/client";
import { searchEntries } from "../entries/queries";
import { parseSearch } from "../search/parse";
import { searchMatch, type SearchMatch } from "../search/word-forms";
import { encodeCursor, type Cursor, type PublicFilter } from "./public-filter";
import { findFilterOptions, findPublicClaims } from "./public-search";

// A page of claims, newest first; the first passages in the sources on the first page only.
const PAGE_SIZE = 20;
export const ENTRY_LIMIT = 20;

// The filter menus change only when an editor publishes, which empties this cache too.
const cachedFilterOptions = unstable_cache(() => findFilterOptions(), ["search-filter-options"], { revalidate: 3600 });

/**
 * Everything a reader's search page reads: the filter menus, a page of matching claims and, for
 * words alone on the first page, matching passages in cited sources (one more than shown, so the
 * page knows whether it holds them all). Each search is remembered until an editor's change.
 */
export async function findSearchPage(options: { filter: PublicFilter; after: Cursor | null }) {
  const { filter, after } = options;
  const claimFiltered = Boolean(filter.verdict || filter.speaker || filter.tag || filter.quantity || filter.from || filter.to);
  const showsEntries = Boolean(filter.q && !claimFiltered && !after);
  // The query's word forms are read once, and only if a result is not remembered already.
  let matching: Promise<SearchMatch | null> | undefined;
  const match = () => (matching ??= filter.q ? searchMatch(getReaderDb(), parseSearch(filter.q)) : Promise.resolve(null));
  const [filterOptions, claims, entries] = await Promise.all([
    cachedFilterOptions(),
    rememberPublicResult(`claims ${JSON.stringify(filter)} ${after ? encodeCursor(after) : ""}`, () => findPublicClaims({ filter, cursor: after, limit: PAGE_SIZE, match: match() })),
    showsEntries ? rememberPublicResult(`entries ${filter.q}`, () => searchEntries({ query: filter.q!, limit: ENTRY_LIMIT + 1, publicOnly: true, match: match() })) : Promise.resolve({ hits: [], highlight: [] }),
  ]);
  return { filterOptions, claims, entries, showsEntries };
}
