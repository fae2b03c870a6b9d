import { FieldError, parseInput } from "../errors";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { slugify } from "../text/slug";
import { ClaimConflictError } from "./errors";
import { updateClaimSchema, type ClaimFieldName, type ClaimFields } from "./schema";
import { changedFields, CLAIM_FIELD_SELECT, sameValue, toClaimColumns, toClaimFields } from "./snapshot";
import type { z } from "zod";
import { isEditable } from "./status";

type Actor = Pick<CurrentUser, "id" | "role">;

export async function replaceTags(tx: Tx, claimId: string, labels: string[]) {
  await tx.claimTag.deleteMany({ where: { claimId } });
  for (const label of [...new Set(labels)]) {
    const slug = slugify(label);
    const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, label }, select: { id: true } });
    await tx.claimTag.upsert({ where: { claimId_tagId: { claimId, tagId: tag.id } }, update: {}, create: { claimId, tagId: tag.id } });
  }
}

/** The new version, what this save changed, what others had changed meanwhile, and the claim as now stored. */
export type UpdateClaimResult = { version: number; saved: ClaimFieldName[]; mergedFromOthers: ClaimFieldName[]; fields: ClaimFields };

/**
 * Saves an editor's changes. When someone else saved since the editor opened the claim, the
 * two sets of changes are merged field by field: changes to different fields both land, and a
 * field both changed differently is refused as a conflict that names it, with both values.
 */
export async function updateClaim(options: { db: Db; actor: Actor; input: z.input<typeof updateClaimSchema> }): Promise<UpdateClaimResult> {
  const { claimId, version, fields, base } = parseInput(updateClaimSchema, options.input, "fields.");
  return options.db.$transaction(async (tx) => {
    // Lock the row so two saves of the same claim are merged one after the other.
    await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
    const stored = await tx.claim.findUnique({ where: { id: claimId }, select: { ...CLAIM_FIELD_SELECT, status: true, version: true } });
    if (!stored) throw new FieldError("That claim does not exist.");
    if (!isEditable(stored.status)) {
      throw new FieldError("A published claim changes only through a correction by a reviewer.", "status");
    }
    const current = toClaimFields(stored);
    const yours = changedFields(base, fields);
    let mergedFromOthers: ClaimFieldName[] = [];
    if (stored.version !== version) {
      const theirs = changedFields(base, current);
      const clashes = yours.filter((name) => theirs.includes(name) && !sameValue(fields[name], current[name]));
      if (clashes.length > 0) {
        throw new ClaimConflictError(
          clashes.map((field) => ({ field, yours: fields[field], theirs: current[field] })),
          stored.version,
          current,
        );
      }
      mergedFromOthers = theirs.filter((name) => !yours.includes(name));
    }
    const toSave = yours.filter((name) => !sameValue(fields[name], current[name]));
    if (toSave.length === 0) return { version: stored.version, saved: [], mergedFromOthers, fields: current };
    const changes = Object.fromEntries(toSave.map((name) => [name, fields[name]])) as Partial<ClaimFields>;
    await tx.claim.update({ where: { id: claimId }, data: { ...toClaimColumns(changes), version: { increment: 1 } } });
    if (changes.tags) await replaceTags(tx, claimId, changes.tags);
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: claimId,
      action: "update",
      before: Object.fromEntries(toSave.map((name) => [name, current[name]])),
      after: changes,
    });
    // Read back as stored (tags take their existing labels), so the form's next save starts from it.
    const now = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_FIELD_SELECT });
    return { version: stored.version + 1, saved: toSave, mergedFromOthers, fields: toClaimFields(now) };
  });
}
