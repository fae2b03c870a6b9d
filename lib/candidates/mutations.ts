import { refusal } from "../i18n/refusals";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import type { Db } from "../db/client";
import { FieldError, parseInput } from "../errors";
import { dismissCandidateSchema } from "./schema";

/** Takes a candidate off the queue for good, with who did and why; audited. */
export async function dismissCandidate(options: { db: Db; actor: Pick<CurrentUser, "id">; input: z.input<typeof dismissCandidateSchema> }) {
  const input = parseInput(dismissCandidateSchema, options.input);
  return options.db.$transaction(async (tx) => {
    const dismissed = await tx.claimCandidate.updateMany({
      where: { id: input.candidateId, dismissedAt: null },
      data: { dismissedAt: new Date(), dismissedById: options.actor.id, dismissReason: input.reason },
    });
    if (dismissed.count === 0) throw new FieldError(refusal("candidates.gone"), "candidateId");
    await recordAudit(tx, { actorId: options.actor.id, entityType: "ClaimCandidate", entityId: input.candidateId, action: "dismiss", after: { reason: input.reason } });
  });
}
