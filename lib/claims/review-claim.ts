import { refusal } from "../i18n/refusals";
import type { z } from "zod";
import type { Db } from "../db/client";
import { FieldError, parseInput } from "../errors";
import { archiveClaimSchema, claimRefSchema, correctClaimSchema, publishClaimSchema, reviewNoteSchema } from "./schema";
import { transitionClaim, type Actor } from "./transition";

/** An editor sends a draft for review. */
export async function submitClaim(options: { db: Db; actor: Actor; claimId: string; version: number }) {
  const input = parseInput(claimRefSchema, { claimId: options.claimId, version: options.version });
  return transitionClaim({ ...options, ...input, step: "submit", prepare: async () => ({ data: { submittedAt: new Date() } }) });
}

/** A reviewer who did not write the claim publishes it with a verdict; evidence is required. */
export async function publishClaim(options: { db: Db; actor: Actor; input: z.input<typeof publishClaimSchema> }) {
  const input = parseInput(publishClaimSchema, options.input);
  return transitionClaim({
    ...options,
    ...input,
    step: "publish",
    select: { createdById: true, ratingId: true, verdictSummary: true, _count: { select: { evidence: true } } },
    precheck: (claim) => {
      if (claim.createdById === options.actor.id) throw new FieldError(refusal("claims.ownClaim"), "reviewer");
    },
    prepare: async (tx, claim) => {
      if (claim._count.evidence === 0) throw new FieldError(refusal("claims.evidenceRequired"), "evidence");
      const rating = await tx.rating.findUnique({ where: { key: input.ratingKey }, select: { id: true } });
      if (!rating) throw new FieldError(refusal("claims.unknownVerdict"), "ratingKey");
      const publishedAt = new Date();
      return {
        data: { ratingId: rating.id, verdictSummary: input.verdictSummary, reviewedById: options.actor.id, publishedAt },
        before: { ratingId: claim.ratingId, verdictSummary: claim.verdictSummary },
        after: { ratingId: rating.id, verdictSummary: input.verdictSummary, publishedAt },
      };
    },
  });
}

/** A reviewer sends a claim back to its author with a note (the note stays on the desk). */
export async function returnClaimToDraft(options: { db: Db; actor: Actor; input: z.input<typeof reviewNoteSchema> }) {
  const input = parseInput(reviewNoteSchema, options.input);
  return transitionClaim({ ...options, ...input, step: "return", prepare: async () => ({ data: { submittedAt: null }, after: { note: input.note } }) });
}

/**
 * A published verdict changes only in public: the new rating and summary land with a
 * correction note that readers see, and the claim becomes UPDATED.
 */
export async function correctClaim(options: { db: Db; actor: Actor; input: z.input<typeof correctClaimSchema> }) {
  const input = parseInput(correctClaimSchema, options.input);
  return transitionClaim({
    ...options,
    ...input,
    step: "correct",
    select: { verdictSummary: true, rating: { select: { key: true } } },
    prepare: async (tx, claim) => {
      const rating = await tx.rating.findUnique({ where: { key: input.ratingKey }, select: { id: true } });
      if (!rating) throw new FieldError(refusal("claims.unknownVerdict"), "ratingKey");
      const correction = await tx.correction.create({ data: { claimId: input.claimId, note: input.note, createdById: options.actor.id }, select: { id: true } });
      return {
        data: { ratingId: rating.id, verdictSummary: input.verdictSummary, reviewedById: options.actor.id },
        before: { rating: claim.rating?.key, verdictSummary: claim.verdictSummary },
        after: { rating: input.ratingKey, verdictSummary: input.verdictSummary, correction: input.note, correctionId: correction.id },
      };
    },
  });
}

/** Takes a claim out of every queue and off the public site; the record and its history stay. */
export async function archiveClaim(options: { db: Db; actor: Actor; input: z.input<typeof archiveClaimSchema> }) {
  const input = parseInput(archiveClaimSchema, options.input);
  return transitionClaim({ ...options, ...input, step: "archive", prepare: async () => ({ after: { reason: input.reason } }) });
}
