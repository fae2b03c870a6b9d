import type { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { ClaimError } from "./errors";
import { assertReviewer, bumpVersion } from "./mutations";
import { archiveClaimSchema, correctClaimSchema, reviewNoteSchema } from "./schema";
import { firstIssue } from "./validation";

type Actor = Pick<CurrentUser, "id" | "role">;

/** A reviewer sends a claim back to its author with a note (the note stays on the desk). */
export async function returnClaimToDraft(options: { db: Db; actor: Actor; input: z.input<typeof reviewNoteSchema> }) {
  const parsed = reviewNoteSchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const input = parsed.data;
  assertReviewer(options.actor);
  return options.db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { status: true } });
    if (!claim) throw new ClaimError("That claim does not exist.");
    if (claim.status !== "IN_REVIEW") throw new ClaimError("Only a claim awaiting review can be sent back.", "status");
    await bumpVersion(tx, input.claimId, input.version, { status: "DRAFT", submittedAt: null });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: input.claimId,
      action: "return",
      before: { status: claim.status },
      after: { status: "DRAFT", note: input.note },
    });
  });
}

/**
 * A published verdict changes only in public: the new rating and summary land with a
 * correction note that readers see, and the claim becomes UPDATED.
 */
export async function correctClaim(options: { db: Db; actor: Actor; input: z.input<typeof correctClaimSchema> }) {
  const parsed = correctClaimSchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const input = parsed.data;
  assertReviewer(options.actor);
  return options.db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { status: true, verdictSummary: true, rating: { select: { key: true } } },
    });
    if (!claim) throw new ClaimError("That claim does not exist.");
    if (claim.status !== "PUBLISHED" && claim.status !== "UPDATED") throw new ClaimError("Only a published claim can be corrected.", "status");
    const rating = await tx.rating.findUnique({ where: { key: input.ratingKey }, select: { id: true } });
    if (!rating) throw new ClaimError("Choose a verdict from the rating scale.", "ratingKey");
    await bumpVersion(tx, input.claimId, input.version, { status: "UPDATED", ratingId: rating.id, verdictSummary: input.verdictSummary, reviewedById: options.actor.id });
    const correction = await tx.correction.create({ data: { claimId: input.claimId, note: input.note, createdById: options.actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: input.claimId,
      action: "correct",
      before: { status: claim.status, rating: claim.rating?.key, verdictSummary: claim.verdictSummary },
      after: { status: "UPDATED", rating: input.ratingKey, verdictSummary: input.verdictSummary, correction: input.note, correctionId: correction.id },
    });
  });
}

/** Takes a claim out of every queue and off the public site; the record and its history stay. */
export async function archiveClaim(options: { db: Db; actor: Actor; input: z.input<typeof archiveClaimSchema> }) {
  const parsed = archiveClaimSchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const input = parsed.data;
  assertReviewer(options.actor);
  return options.db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { status: true } });
    if (!claim) throw new ClaimError("That claim does not exist.");
    if (claim.status === "ARCHIVED") throw new ClaimError("This claim is already archived.", "status");
    await bumpVersion(tx, input.claimId, input.version, { status: "ARCHIVED" });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: input.claimId,
      action: "archive",
      before: { status: claim.status },
      after: { status: "ARCHIVED", reason: input.reason },
    });
  });
}
