import { createHash } from "node:crypto";
import type { Db, Tx } from "../db/client";
import type { EntityType } from "./fields";

/** A fingerprint of an original text: a version counts only while its original still matches it. */
export function originalHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

export type Target = { entityType: EntityType; entityId: string; field: string };

/** The original of one text as it reads now: undefined when its owner is gone, null when it has no text. */
export async function originalText(db: Db | Tx, target: Target): Promise<string | null | undefined> {
  const where = { where: { id: target.entityId } };
  const row: Record<string, string | null> | null =
    target.entityType === "Claim"
      ? await db.claim.findUnique({ ...where, select: { statement: true, verdictSummary: true, speakerRole: true } })
      : target.entityType === "EvidenceLink"
        ? await db.evidenceLink.findUnique({ ...where, select: { note: true } })
        : target.entityType === "Correction"
          ? await db.correction.findUnique({ ...where, select: { note: true } })
          : target.entityType === "Tag"
            ? await db.tag.findUnique({ ...where, select: { label: true } })
            : await db.actor.findUnique({ ...where, select: { name: true, title: true } });
  if (!row) return undefined;
  return row[target.field] ?? null;
}
