import { unstable_cache } from "next/cache";
import { isDatabaseDown } from "./errors";

/** What a reader's page gets instead of its data while the database is down or too busy. */
export const OUTAGE = Symbol("the database is not answering");

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
    if (isDatabaseDown(error)) return OUTAGE;
    throw error;
  }
}

const briefly = unstable_cache(async () => true, ["outage-page"], { revalidate: 1 });

/**
 * Called while rendering a page that says the database is not answering: the page then goes out
 * with `Cache-Control: s-maxage=1` instead of the route's hour, so a CDN in front keeps it for a
 * second rather than showing it for an hour after the database is back. A page's caching time is
 * the shortest of the route's `revalidate` and of every cached read made while rendering it, and
 * this is the one public way for a page to lower it per response. (Our own page cache never keeps
 * such a page at all: data-no-store, lib/cache/page-cache-handler.cjs.)
 */
export async function keepOutagePageBriefly(): Promise<void> {
  await briefly();
}
