"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import type { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createClaim } from "./mutations";
import { refreshAfterClaimChange } from "./refresh-after-change";
import { archiveClaim, correctClaim, publishClaim, returnClaimToDraft, submitClaim } from "./review-claim";
import { saveRatingScale } from "./ratings";
import { claimRefSchema, type archiveClaimSchema, type correctClaimSchema, type CreateClaimInput, type publishClaimSchema, type ratingScaleSchema, type reviewNoteSchema, type updateClaimSchema } from "./schema";
import { updateClaimTellingPublished } from "./update-claim";

/** A review step changes the claim's queue on the dashboard as well as its own page. */
const REVIEW_PAGES = ["claim", "dashboard"] as const;

export async function createClaimAction(input: CreateClaimInput) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const claim = await createClaim({ db: getDb(), actor: user, input });
    revalidatePath("/desk");
    return { id: claim.id, slug: claim.slug };
  });
}

export async function saveClaimAction(input: z.input<typeof updateClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { result, everPublished } = await updateClaimTellingPublished({ db: getDb(), actor: user, input });
    // The form takes the stored claim from the result and then refreshes its page itself, so the
    // reply carries no re-rendered desk page: under readers' load, rendering it twice (here and
    // on the form's refresh) made a save take tens of seconds (the load test of issue 7).
    await refreshAfterClaimChange(input.claimId, [], { everPublished });
    return result;
  });
}

export async function submitClaimAction(input: { claimId: string; version: number }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { claimId, version } = parseActionInput(claimRefSchema, input);
    await submitClaim({ db: getDb(), actor: user, claimId, version });
    await refreshAfterClaimChange(claimId, REVIEW_PAGES);
    return null;
  });
}

export async function publishClaimAction(input: z.input<typeof publishClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await publishClaim({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(input.claimId, REVIEW_PAGES, { change: "publication" });
    return null;
  });
}

export async function returnClaimAction(input: z.input<typeof reviewNoteSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await returnClaimToDraft({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(input.claimId, REVIEW_PAGES);
    return null;
  });
}

export async function correctClaimAction(input: z.input<typeof correctClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await correctClaim({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(input.claimId, REVIEW_PAGES, { change: "verdict" });
    return null;
  });
}

export async function archiveClaimAction(input: z.input<typeof archiveClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await archiveClaim({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(input.claimId, REVIEW_PAGES);
    return null;
  });
}

export async function saveRatingScaleAction(input: z.input<typeof ratingScaleSchema>) {
  return runAction(async () => {
    const user = await requireRole("admin");
    await saveRatingScale({ db: getDb(), actor: user, input });
    revalidatePath("/desk/ratings");
    revalidatePublicPages();
    return null;
  });
}
