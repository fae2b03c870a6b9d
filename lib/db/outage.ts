import { unstable_cache } from "next/cache";
import { isDatabaseDown } from "./errors";

/** What a reader's page gets instead of its data while the database is down or too busy. */
export const OUTAGE = Symbol("the database is not answering");

// A page's caching time is the shortest of its route's `revalidate` and of every cached read made
// while rendering it; one read with a one-second life is the public way to lower it per response.
const forOneSecond = unstable_cache(async () => true, ["outage-page"], { revalidate: 1 });

/**
 * A public page's reads. When the database does not answer, the page says so itself
 * (components/site/outage-notice.tsx), in the reader's language and without scripts, instead of
 * Next's error page, which only a browser running JavaScript would show. Any other failure is
 * a bug and still throws.
 */
export async function unlessOutage<T>(work: () => Promise<T>): Promise<T | typeof OUTAGE> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseDown(error)) throw error;
    // The page that says so goes out with `Cache-Control: s-maxage=1`, not the route's hour, so a
    // CDN in front does not show it for an hour after the database is back. (Our own page cache
    // never keeps it: data-no-store, lib/cache/page-cache-handler.cjs.)
    await forOneSecond();
    return OUTAGE;
  }
}

