import "server-only";
import type { CurrentUser } from "../auth/guards";
import { hasRole } from "../auth/roles";
import { findSuggestions } from "../evidence/suggestions";
import { findClaimForDesk, findClaimHistory, findClaimRepeats, findQuantityOptions, findRatings } from "./desk-queries";
import { isEditable, isPublic } from "./status";

/**
 * Everything a claim's desk page reads, and what the signed-in user may do there: edit its
 * fields (drafts and claims awaiting review), change its evidence (a published claim's only as a
 * reviewer; an archived claim's never) and review it. Null when there is no such claim.
 */
export async function findDeskClaimPage(options: { id: string; user: Pick<CurrentUser, "id" | "role"> }) {
  const claim = await findClaimForDesk({ id: options.id });
  if (!claim) return null;
  const published = isPublic(claim.status);
  const canReview = hasRole(options.user.role, "reviewer");
  const evidenceEditable = claim.status !== "ARCHIVED" && (!published || canReview);
  const [suggestions, history, ratings, quantities, repeats] = await Promise.all([
    evidenceEditable ? findSuggestions({ claimId: claim.id }) : Promise.resolve([]),
    findClaimHistory({ claimId: claim.id }),
    findRatings(),
    findQuantityOptions(),
    findClaimRepeats({ claimId: claim.id }),
  ]);
  return { claim, suggestions, history, ratings, quantities, repeats, published, canReview, evidenceEditable, editable: isEditable(claim.status), isAuthor: claim.createdById === options.user.id };
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof findClaimForDesk>>>;
