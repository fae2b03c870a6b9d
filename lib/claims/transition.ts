import { refusal } from "../i18n/refusals";
import type { Prisma } from "../db/generated/client";
import type { Db, Tx } from "../db/client";
import type { ClaimStatus } from "../db/generated/enums";
import { recordAudit } from "../audit/record-audit";
import { AuthError } from "../auth/errors";
import type { CurrentUser } from "../auth/guards";
import { hasRole } from "../auth/roles";
import { FieldError } from "../errors";
import { TRANSITIONS, type TransitionName } from "./status";
import { claimEventData, recordWebhookEvents } from "../webhooks/events";
import type { WebhookEvent } from "../webhooks/schema";

export type Actor = Pick<CurrentUser, "id" | "role">;

/** Optimistic locking: the update only lands when the version the editor saw is current. */
export async function bumpVersion(tx: Tx, claimId: string, version: number, data: Prisma.ClaimUpdateManyMutationInput) {
  const result = await tx.claim.updateMany({ where: { id: claimId, version }, data: { ...data, version: { increment: 1 } } });
  if (result.count === 0) {
    throw new FieldError(refusal("claims.staleVersion"), "version");
  }
}

type Step<S extends Prisma.ClaimSelect> = {
  db: Db;
  actor: Actor;
  claimId: string;
  version: number;
  step: TransitionName;
  /** What the step reads of the claim besides its status. */
  select?: S;
  /** Refusals that come before the status check (publishing one's own claim). */
  precheck?: (claim: Prisma.ClaimGetPayload<{ select: S }>) => void;
  /** Checks and reads after the status check; returns the columns to set and the audit's two sides. */
  prepare: (
    tx: Tx,
    claim: Prisma.ClaimGetPayload<{ select: S }> & { status: ClaimStatus },
  ) => Promise<{ data?: Prisma.ClaimUpdateManyMutationInput; before?: Record<string, unknown>; after?: Record<string, unknown> }>;
};

/**
 * One review step (submit, publish, return, correct, archive), in one transaction: check the
 * role, load the claim, check the step is allowed from its status (status.ts), move it to the
 * step's status with its version bumped, and write the audit event.
 */
export async function transitionClaim<S extends Prisma.ClaimSelect>(options: Step<S>) {
  const transition = TRANSITIONS[options.step];
  if (transition.role === "reviewer" && !hasRole(options.actor.role, "reviewer")) {
    throw new AuthError("forbidden", refusal("claims.reviewerOnly"));
  }
  return options.db.$transaction(async (tx) => {
    const claim = (await tx.claim.findUnique({ where: { id: options.claimId }, select: { ...options.select, status: true } })) as
      | (Prisma.ClaimGetPayload<{ select: S }> & { status: ClaimStatus })
      | null;
    if (!claim) throw new FieldError(refusal("claims.notFound"));
    options.precheck?.(claim);
    if (!transition.from.includes(claim.status)) throw new FieldError(transition.refusal, "status");
    const { data, before, after } = await options.prepare(tx, claim);
    await bumpVersion(tx, options.claimId, options.version, { ...data, status: transition.to });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: options.claimId,
      action: options.step,
      before: { status: claim.status, ...before },
      after: { status: transition.to, ...after },
    });
    const event = WEBHOOK_EVENT_OF_STEP[options.step];
    if (event) await recordWebhookEvents(tx, event, async () => [await claimEventData(tx, options.claimId)]);
  });
}

/** The review steps readers hear of, as webhook events (lib/webhooks). */
const WEBHOOK_EVENT_OF_STEP: Partial<Record<TransitionName, WebhookEvent>> = { publish: "claim.published", correct: "claim.corrected", archive: "claim.archived" };
