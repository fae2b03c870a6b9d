import { refusal } from "../i18n/refusals";
import { FieldError, parseInput } from "../errors";
import type { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { anchorQuote } from "../text/anchor";
import type { CurrentUser } from "../auth/guards";
import { AuthError } from "../auth/errors";
import { hasRole } from "../auth/roles";
import type { Tx } from "../db/client";
import { isPublic } from "../claims/status";
import { dismissSuggestionSchema, evidenceChangeSchema, linkEvidenceSchema } from "./schema";

type Actor = Pick<CurrentUser, "id" | "role">;

/** Evidence on a published verdict is what readers see: only a reviewer changes it. */
async function loadChangeableClaim(tx: Tx, claimId: string, actor: Actor) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true, quantityId: true } });
  if (!claim) throw new FieldError(refusal("claims.notFound"), "claimId");
  if (claim.status === "ARCHIVED") throw new FieldError(refusal("evidence.archived"), "status");
  if (isPublic(claim.status) && !hasRole(actor.role, "reviewer")) {
    throw new AuthError("forbidden", refusal("evidence.publishedReviewerOnly"));
  }
  return claim;
}

export async function linkEvidence(options: { db: Db; actor: Actor; input: z.input<typeof linkEvidenceSchema> }) {
  const input = parseInput(linkEvidenceSchema, options.input);
  return options.db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { text: true } });
    if (!entry) throw new FieldError(refusal("entries.gone"), "entryId");
    const claim = await loadChangeableClaim(tx, input.claimId, options.actor);
    const anchor = anchorQuote(entry.text, input.passage, input.passageStart);
    if (!anchor) throw new FieldError(refusal("evidence.passageNotInEntry"), "passage");
    const duplicate = await tx.evidenceLink.findUnique({ where: { claimId_entryId: { claimId: input.claimId, entryId: input.entryId } }, select: { id: true } });
    if (duplicate) throw new FieldError(refusal("evidence.alreadyLinked"), "entryId");
    const link = await tx.evidenceLink.create({
      data: {
        claimId: input.claimId,
        entryId: input.entryId,
        stance: input.stance,
        passageExact: anchor.exact,
        passagePrefix: anchor.prefix,
        passageSuffix: anchor.suffix,
        passageStart: anchor.start,
        passageEnd: anchor.end,
        note: input.note,
        createdById: options.actor.id,
      },
      select: { id: true, stance: true, entryId: true, passageExact: true, note: true },
    });
    if (input.figureMentionId && claim.quantityId) {
      await tx.figureMention.updateMany({ where: { id: input.figureMentionId, entryId: input.entryId, quantityId: null }, data: { quantityId: claim.quantityId } });
    }
    await tx.suggestionDismissal.deleteMany({ where: { claimId: input.claimId, entryId: input.entryId } });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "EvidenceLink", entityId: link.id, action: "create", after: { ...link, claimId: input.claimId } });
    return link;
  });
}

export async function changeEvidence(options: { db: Db; actor: Actor; input: z.input<typeof evidenceChangeSchema> }) {
  const input = parseInput(evidenceChangeSchema, options.input);
  return options.db.$transaction(async (tx) => {
    const link = await tx.evidenceLink.findUnique({ where: { id: input.linkId }, select: { claimId: true, stance: true, note: true } });
    if (!link) throw new FieldError(refusal("evidence.linkGone"), "linkId");
    await loadChangeableClaim(tx, link.claimId, options.actor);
    await tx.evidenceLink.update({ where: { id: input.linkId }, data: { stance: input.stance, note: input.note } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "EvidenceLink",
      entityId: input.linkId,
      action: "update",
      before: { stance: link.stance, note: link.note, claimId: link.claimId },
      after: { stance: input.stance, note: input.note, claimId: link.claimId },
    });
  });
}

export async function unlinkEvidence(options: { db: Db; actor: Actor; linkId: string }) {
  return options.db.$transaction(async (tx) => {
    const link = await tx.evidenceLink.findUnique({ where: { id: options.linkId }, select: { claimId: true, entryId: true, stance: true, passageExact: true, note: true } });
    if (!link) throw new FieldError(refusal("evidence.linkGone"), "linkId");
    await loadChangeableClaim(tx, link.claimId, options.actor);
    await tx.evidenceLink.delete({ where: { id: options.linkId } });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "EvidenceLink", entityId: options.linkId, action: "delete", before: link });
  });
}

/** A dismissed suggestion stays dismissed for that claim, whoever opens it next. */
export async function dismissSuggestion(options: { db: Db; actor: Actor; input: z.input<typeof dismissSuggestionSchema> }) {
  const input = parseInput(dismissSuggestionSchema, options.input);
  return options.db.$transaction(async (tx) => {
    await loadChangeableClaim(tx, input.claimId, options.actor);
    const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { id: true } });
    if (!entry) throw new FieldError(refusal("entries.gone"), "entryId");
    const dismissal = await tx.suggestionDismissal.upsert({
      where: { claimId_entryId: { claimId: input.claimId, entryId: input.entryId } },
      update: {},
      create: { claimId: input.claimId, entryId: input.entryId, dismissedById: options.actor.id },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "SuggestionDismissal", entityId: dismissal.id, action: "create", after: input });
  });
}
