import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { anchorQuote } from "../text/anchor";
import { slugify } from "../text/slug";
import { ClaimError } from "./errors";
import { createClaimSchema, publishClaimSchema, type CreateClaimInput } from "./schema";
import { AuthError } from "../auth/errors";
import type { CurrentUser } from "../auth/guards";
import { hasRole } from "../auth/roles";
import { firstIssue } from "./validation";

type Actor = Pick<CurrentUser, "id" | "role">;

/** Reviewing is a reviewer's job; checked here too, so no caller can skip it. */
export function assertReviewer(actor: Actor) {
  if (!hasRole(actor.role, "reviewer")) throw new AuthError("forbidden", "Only a reviewer can do this; your account is an editor's.");
}

async function uniqueSlug(tx: Tx, statement: string): Promise<string> {
  const base = slugify(statement);
  for (let attempt = 1; ; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await tx.claim.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export async function createClaim(options: { db: Db; actor: Actor; input: CreateClaimInput }) {
  const parsed = createClaimSchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const input = parsed.data;
  return options.db.$transaction(async (tx) => {
    let anchor = null;
    if (input.entryId) {
      const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { text: true } });
      if (!entry) throw new ClaimError("That entry no longer exists.", "entryId");
      anchor = anchorQuote(entry.text, input.anchor?.exact ?? input.quoteOriginal, input.anchor?.start);
      if (!anchor) throw new ClaimError("The quote is not in the entry: select it from the entry's text.", "quoteOriginal");
    }
    const claim = await tx.claim.create({
      data: {
        slug: await uniqueSlug(tx, input.statement),
        statement: input.statement,
        quoteOriginal: input.quoteOriginal,
        quoteLanguage: input.quoteLanguage,
        translations: input.translations,
        entryId: input.entryId,
        anchorExact: anchor?.exact,
        anchorPrefix: anchor?.prefix,
        anchorSuffix: anchor?.suffix,
        anchorStart: anchor?.start,
        anchorEnd: anchor?.end,
        speakerId: input.speakerId,
        speakerRole: input.speakerRole,
        attribution: input.attribution,
        attributionChain: input.attributionChain,
        saidAt: input.saidAt,
        saidWhere: input.saidWhere,
        figureValue: input.figure?.value,
        figureLow: input.figure?.low,
        figureHigh: input.figure?.high,
        figureHedge: input.figure?.hedge,
        figureUnit: input.figure?.unit,
        quantityId: input.figure?.quantityId,
        figureAsOf: input.figure?.asOf,
        createdById: options.actor.id,
        tags: {
          create: await Promise.all(
            input.tags.map(async (label) => {
              const slug = slugify(label);
              const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, label }, select: { id: true } });
              return { tagId: tag.id };
            }),
          ),
        },
      },
      select: { id: true, slug: true, statement: true, status: true, version: true },
    });
    if (anchor && input.entryId && input.figure?.quantityId) {
      // The figure the editor selected now belongs to the claim's quantity, so it joins its timeline.
      await tx.figureMention.updateMany({
        where: { entryId: input.entryId, field: "text", quantityId: null, start: { gte: anchor.start }, end: { lte: anchor.end } },
        data: { quantityId: input.figure.quantityId },
      });
    }
    await recordAudit(tx, { actorId: options.actor.id, entityType: "Claim", entityId: claim.id, action: "create", after: { ...input, slug: claim.slug } });
    return claim;
  });
}

/** Optimistic locking: the update only lands when the version the editor saw is current. */
export async function bumpVersion(tx: Tx, claimId: string, version: number, data: Parameters<Tx["claim"]["update"]>[0]["data"]) {
  const result = await tx.claim.updateMany({ where: { id: claimId, version }, data: { ...data, version: { increment: 1 } } });
  if (result.count === 0) {
    throw new ClaimError("Someone else changed this claim since you opened it. Reload to see their changes, then try again.", "version");
  }
}

export async function submitClaim(options: { db: Db; actor: Actor; claimId: string; version: number }) {
  return options.db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: options.claimId }, select: { status: true } });
    if (!claim) throw new ClaimError("That claim does not exist.");
    if (claim.status !== "DRAFT") throw new ClaimError("Only a draft can be sent for review.", "status");
    await bumpVersion(tx, options.claimId, options.version, { status: "IN_REVIEW", submittedAt: new Date() });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: options.claimId,
      action: "submit",
      before: { status: claim.status },
      after: { status: "IN_REVIEW" },
    });
  });
}

export async function publishClaim(options: {
  db: Db;
  actor: Actor;
  input: { claimId: string; version: number; ratingKey: string; verdictSummary: string };
}) {
  const parsed = publishClaimSchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const input = parsed.data;
  assertReviewer(options.actor);
  return options.db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { status: true, createdById: true, ratingId: true, verdictSummary: true, _count: { select: { evidence: true } } },
    });
    if (!claim) throw new ClaimError("That claim does not exist.");
    if (claim.createdById === options.actor.id) {
      throw new ClaimError("You wrote this claim, so another reviewer must publish it.", "reviewer");
    }
    if (claim.status !== "IN_REVIEW") throw new ClaimError("Only a claim awaiting review can be published.", "status");
    if (claim._count.evidence === 0) throw new ClaimError("Link at least one piece of evidence before publishing.", "evidence");
    const rating = await tx.rating.findUnique({ where: { key: input.ratingKey }, select: { id: true } });
    if (!rating) throw new ClaimError("Choose a verdict from the rating scale.", "ratingKey");
    const publishedAt = new Date();
    await bumpVersion(tx, input.claimId, input.version, {
      status: "PUBLISHED",
      ratingId: rating.id,
      verdictSummary: input.verdictSummary,
      reviewedById: options.actor.id,
      publishedAt,
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: input.claimId,
      action: "publish",
      before: { status: claim.status, ratingId: claim.ratingId, verdictSummary: claim.verdictSummary },
      after: { status: "PUBLISHED", ratingId: rating.id, verdictSummary: input.verdictSummary, publishedAt },
    });
  });
}
