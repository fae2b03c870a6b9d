import "server-only";
import { unstable_cache } from "next/cache";
import { formatShows } from "../cache/generation.cjs";
import { madeAsOf, rememberPublicResult } from "../cache/public-results";
import { getReaderDb } from "../db/client";
import { searchEntries } from "../entries/queries";
import { parseSearch } from "../search/parse";
import { searchMatch, type SearchMatch } from "../search/word-forms";
import { encodeCursor, type Cursor, type PublicFilter } from "./public-filter";
import { claimsListShows, findFilterOptions, findPublicClaims, type FilterMenus } from "./public-search";

// A page of claims, newest first; the first passages in the sources on the first page only.
const PAGE_SIZE = 20;
export const ENTRY_LIMIT = 20;

// The filter menus change only when an editor publishes, which empties this cache too.
const cachedFilterOptions = unstable_cache(() => findFilterOptions(), ["search-filter-options"], { revalidate: 3600 });

/**
 * Everything a reader's search page reads: the filter menus, a page of matching claims and, for
 * words alone on the first page, matching passages in cited sources (one more than shown, so the
 * page knows whether it holds them all). Each search is remembered until an editor's change.
 *
 * The menus of speakers, tags and quantities list what the claims matching the words hold, when
 * the search read every match (lib/claims/public-search.ts); otherwise, or when the address names
 * a value they lack, every one that has a published claim. Verdicts and languages are always all.
 *
 * `shows`, for the caches: the claims it lists, or undefined when filtered by verdict (claimsListShows);
 * `made`, when its results were remembered from before a publication (madeAsOf).
 */
export async function findSearchPage(options: { filter: PublicFilter; after: Cursor | null }) {
  const { filter, after } = options;
  const claimFiltered = Boolean(filter.verdict || filter.speaker || filter.tag || filter.quantity || filter.from || filter.to);
  const showsEntries = Boolean(filter.q && !claimFiltered && !after);
  // The query's word forms are read once, and only if a result is not remembered already.
  let matching: Promise<SearchMatch | null> | undefined;
  const match = () => (matching ??= filter.q ? searchMatch(getReaderDb(), parseSearch(filter.q)) : Promise.resolve(null));
  const asOf = madeAsOf();
  const [allOptions, claims, entries] = await Promise.all([
    cachedFilterOptions(),
    rememberPublicResult(`claims ${JSON.stringify(filter)} ${after ? encodeCursor(after) : ""}`, () => findPublicClaims({ filter, cursor: after, limit: PAGE_SIZE, match: match(), withMenus: true }), { made: asOf.lower }),
    showsEntries ? rememberPublicResult(`entries ${filter.q}`, () => searchEntries({ query: filter.q!, limit: ENTRY_LIMIT + 1, publicOnly: true, match: match() }), { made: asOf.lower }) : Promise.resolve({ hits: [], highlight: [] }),
  ]);
  const { menus, ...found } = claims;
  const filterOptions = menus && listsSelected(menus, filter) ? { ratings: allOptions.ratings, ...menus } : allOptions;
  const listed = claimsListShows(filter, found.items);
  const shows = listed === null ? undefined : formatShows(listed);
  return { filterOptions, claims: found, entries, showsEntries, shows, made: asOf.made() };
}

/** Whether the menus hold every speaker, tag and quantity the address filters by, so the form shows them selected. */
function listsSelected(menus: FilterMenus, filter: PublicFilter): boolean {
  return (
    (!filter.speaker || menus.speakers.some((speaker) => speaker.slug === filter.speaker)) &&
    (!filter.tag || menus.tags.some((tag) => tag.slug === filter.tag)) &&
    (!filter.quantity || menus.quantities.some((quantity) => quantity.key === filter.quantity))
  );
}
