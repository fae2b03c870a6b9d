import "server-only";
import { revalidatePath } from "next/cache";
import { revalidateCorrectedVerdict, revalidatePublication, revalidatePublicPages } from "../cache/revalidate-public";
import { getDb } from "../db/client";

export type DeskPage = "claim" | "dashboard";

/**
 * What a change did to a claim, as far as readers' pages go: "verdict" is a correction (its rating,
 * summary, status and correction notes, the claim public before and after), which leaves current
 * every page that does not show the claim; "publication" adds the claim (it was in review, never
 * public: status.ts), which leaves every page servable while it is made again; "any" is anything else.
 */
export type ClaimChange = "any" | "verdict" | "publication";

/**
 * The one after-commit step of every action that changes a claim or its evidence: refresh the
 * claim's desk pages and, when the claim was ever published, the public pages it is on. It runs
 * after the change has committed, so nothing here may fail the action (the editor would be told
 * nothing was saved when it was, and their next save would clash with it): a failed lookup
 * empties every public cache, which is always safe. A claim that was never published is on no
 * public page, so editing a draft empties no cache.
 */
export async function refreshAfterClaimChange(claimId: string, deskPages: readonly DeskPage[], known: { everPublished?: boolean; change?: ClaimChange } = {}) {
  if (deskPages.includes("claim")) revalidatePath(`/desk/claims/${claimId}`);
  if (deskPages.includes("dashboard")) revalidatePath("/desk");
  // The correction's transition left the claim public (status.ts); an archive committed since
  // made its own change to anything.
  if (known.change === "verdict") return revalidateCorrectedVerdict(claimId);
  if (known.change === "publication") return revalidatePublication(claimId);
  // A save already read it under its lock: no second round trip.
  const published =
    known.everPublished ??
    (await getDb()
      .claim.findUnique({ where: { id: claimId }, select: { publishedAt: true } })
      .then((claim) => Boolean(claim?.publishedAt), () => true));
  if (published) revalidatePublicPages();
}
