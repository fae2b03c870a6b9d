import { revalidatePath } from "next/cache";
import { recordPublicChange } from "./public-change.cjs";
import { forgetPublicResults } from "./public-results";
import { shownBy } from "./generation.cjs";
import { warmPublicPages } from "./warm-pages";
import { getDb } from "../db/client";
import { LOCALES, localePath } from "../i18n/locales";

/**
 * After any change readers could see (a verdict, evidence, a corrected entry, a figure, the
 * rating scale): every cached public page and remembered result is stale, so the change shows on
 * the next request. This says so at the call site rather than listing the pages a change touches,
 * which is easy to get wrong (one claim appears on its page in three languages, the home page,
 * its speaker's, its quantity's, the search and the feeds, and its sources become public).
 */
export function revalidatePublicPages() {
  revalidatePath("/", "layout");
  forgetPublicResults();
}

/**
 * After a claim's publication, which adds it and changes nothing any page shows: every public page
 * and remembered result is stale (a list, a timeline, a speaker's page may now hold it), but each
 * may be served while it is made again, so a publication during a flood of readers does not send
 * them all to a render at once (generation.cjs); the claim's own pages (a 404 until now) and any
 * result that found nothing are made at once, and its pages are rendered here, ahead of its first
 * readers. No revalidatePath: Next.js would pass it to the page cache as a change to anything.
 */
export async function revalidatePublication(claimId: string) {
  await recordPublicChange(null, { added: true });
  warmClaimPages(claimId);
}

/**
 * After a correction of a published verdict, which changes only that claim (its rating, summary,
 * status and correction notes): stale are the pages and results that show the claim (its own
 * page, the verdicts whose timelines show its figure, the searches that list it) and every list,
 * which names nothing it shows; every other page stays current (docs/decisions/0015). Used for
 * nothing wider: a change that could make a source public, move a figure or touch an entry is a
 * change to anything.
 */
export async function revalidateCorrectedVerdict(claimId: string) {
  await recordPublicChange(shownBy({ claimIds: [claimId] }));
  warmClaimPages(claimId);
}

/** The claim's verdict page in each language and its API answer, which every reader of the story is sent to: rendered now, once, off the readers' processes. */
function warmClaimPages(claimId: string) {
  warmPublicPages(async () => {
    const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { slug: true } });
    return claim ? [...LOCALES.map((locale) => localePath(locale, `/claims/${claim.slug}`)), `/api/v1/claims/${claim.slug}`] : [];
  });
}
