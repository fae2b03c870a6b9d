"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createClaim, publishClaim, submitClaim } from "./mutations";
import { archiveClaim, correctClaim, returnClaimToDraft } from "./review-claim";
import { saveRatingScale, type ratingScaleSchema } from "./ratings";
import type { archiveClaimSchema, correctClaimSchema, CreateClaimInput, publishClaimSchema, reviewNoteSchema, updateClaimSchema } from "./schema";
import { updateClaim } from "./update-claim";

/**
 * A claim that was never published is on no public page: editing a draft empties no cache. Runs
 * after the change has committed, so a failed lookup must not fail the action (the editor would
 * be told nothing was saved when it was): it then empties the public cache, which is always safe.
 */
async function revalidateIfPublic(claimId: string) {
  const published = await getDb()
    .claim.findUnique({ where: { id: claimId }, select: { publishedAt: true } })
    .then((claim) => Boolean(claim?.publishedAt), () => true);
  if (published) revalidatePublicPages();
}

async function refresh(claimId: string) {
  revalidatePath(`/desk/claims/${claimId}`);
  revalidatePath("/desk");
  await revalidateIfPublic(claimId);
}

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
    const result = await updateClaim({ db: getDb(), actor: user, input });
    // The form takes the stored claim from the result and then refreshes its page itself, so the
    // reply carries no re-rendered desk page: under readers' load, rendering it twice (here and
    // on the form's refresh) made a save take tens of seconds (the load test of issue 7).
    await revalidateIfPublic(input.claimId);
    return result;
  });
}

const claimVersionSchema = z.object({ claimId: z.string().min(1), version: z.number().int().min(1) });

export async function submitClaimAction(input: { claimId: string; version: number }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { claimId, version } = parseActionInput(claimVersionSchema, input);
    await submitClaim({ db: getDb(), actor: user, claimId, version });
    await refresh(claimId);
    return null;
  });
}

export async function publishClaimAction(input: z.input<typeof publishClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await publishClaim({ db: getDb(), actor: user, input });
    await refresh(input.claimId);
    return null;
  });
}

export async function returnClaimAction(input: z.input<typeof reviewNoteSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await returnClaimToDraft({ db: getDb(), actor: user, input });
    await refresh(input.claimId);
    return null;
  });
}

export async function correctClaimAction(input: z.input<typeof correctClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await correctClaim({ db: getDb(), actor: user, input });
    await refresh(input.claimId);
    return null;
  });
}

export async function archiveClaimAction(input: z.input<typeof archiveClaimSchema>) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    await archiveClaim({ db: getDb(), actor: user, input });
    await refresh(input.claimId);
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
