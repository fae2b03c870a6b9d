import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import { getDb } from "../db/client";

export type DeskPage = "claim" | "dashboard";

/**
 * The one after-commit step of every action that changes a claim or its evidence: refresh the
 * claim's desk pages and, when the claim was ever published, every public page. It runs after
 * the change has committed, so nothing here may fail the action (the editor would be told
 * nothing was saved when it was, and their next save would clash with it): a failed "was it
 * published" lookup empties the public cache, which is always safe. A claim that was never
 * published is on no public page, so editing a draft empties no cache.
 */
export async function refreshAfterClaimChange(claimId: string, deskPages: readonly DeskPage[], known: { everPublished?: boolean } = {}) {
  if (deskPages.includes("claim")) revalidatePath(`/desk/claims/${claimId}`);
  if (deskPages.includes("dashboard")) revalidatePath("/desk");
  // A save already read it under its lock: no second round trip.
  const published =
    known.everPublished ??
    (await getDb()
      .claim.findUnique({ where: { id: claimId }, select: { publishedAt: true } })
      .then((claim) => Boolean(claim?.publishedAt), () => true));
  if (published) revalidatePublicPages();
}
