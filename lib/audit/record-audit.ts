import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { currentApiTokenId } from "./api-token-context";

export type AuditInput = {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other objects become plain JSON; password hashes never reach this point.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes an audit event, naming the API token the request came through if any; always called with the transaction that makes the change. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      apiTokenId: currentApiTokenId(),
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
