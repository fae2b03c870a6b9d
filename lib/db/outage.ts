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
