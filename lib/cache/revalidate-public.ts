import { revalidatePath } from "next/cache";
import { forgetPublicResults } from "./public-results";

/**
 * After any change readers could see (a verdict, evidence, a corrected entry, a figure, the
 * rating scale): drop every cached public page, so the change shows on the next request. The
 * page cache (page-cache-handler.cjs) empties whole on any revalidation anyway; this says so
 * at the call site rather than listing the pages a change touches, which is easy to get wrong
 * (one claim appears on its page in three languages, the home page, its speaker's, its
 * quantity's, the search and the feeds).
 */
export function revalidatePublicPages() {
  revalidatePath("/", "layout");
  forgetPublicResults();
}
