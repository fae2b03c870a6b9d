import { refusal } from "../i18n/refusals";
import { FieldError, parseInput } from "../errors";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { slugify } from "../text/slug";
import { ClaimConflictError } from "./errors";
import { updateClaimSchema, type ClaimFieldName, type ClaimFields } from "./schema";
import type { ClaimStatus } from "../db/generated/enums";
import { changedFields, CLAIM_FIELD_SELECT, sameValue, toClaimColumns, toClaimFields, type StoredClaimFields } from "./snapshot";
import type { z } from "zod";
import { isEditable } from "./status";

type Actor = Pick<CurrentUser, "id" | "role">;

/**
 * Sets a claim's tags to these labels in one statement: tags created where missing (an existing
 * tag keeps its label: a tag is one thing however it was typed), links no longer wanted removed,
 * new ones added. Returns the labels as stored.
 */
export async function replaceTags(tx: Tx, claimId: string, labels: string[]): Promise<string[]> {
  const tags = [...new Map([...new Set(labels)].map((label) => [slugify(label), label])).entries()];
  const rows = await tx.$queryRaw<{ label: string }[]>`
    WITH wanted AS (
           INSERT INTO "Tag" ("id", "slug", "label")
           SELECT gen_random_uuid()::text, slug, label FROM unnest(${tags.map(([slug]) => slug)}::text[], ${tags.map(([, label]) => label)}::text[]) AS t(slug, label)
           ON CONFLICT ("slug") DO UPDATE SET "slug" = EXCLUDED."slug"
           RETURNING "id", "label"),
         dropped AS (DELETE FROM "ClaimTag" WHERE "claimId" = ${claimId} AND "tagId" NOT IN (SELECT "id" FROM wanted)),
         added AS (INSERT INTO "ClaimTag" ("claimId", "tagId") SELECT ${claimId}, "id" FROM wanted ON CONFLICT DO NOTHING)
    SELECT "label" FROM wanted`;
  return rows.map((row) => row.label);
}

/**
 * The claim's editable fields, status, version and whether it was ever published, with its row
 * locked for this transaction: one round trip (two saves of one claim are merged one after the other).
 */
async function lockClaim(tx: Tx, claimId: string) {
  const [row] = await tx.$queryRaw<(Omit<StoredClaimFields, "tags"> & { tags: string[]; status: ClaimStatus; version: number; publishedAt: Date | null })[]>`
    SELECT c."statement", c."quoteOriginal", c."quoteLanguage", c."translations", c."speakerId", c."speakerRole", c."attribution",
           c."attributionChain", c."saidAt", c."saidWhere", c."figureValue", c."figureLow", c."figureHigh", c."figureHedge"::text AS "figureHedge",
           c."figureHedgeWord", c."figureUnit", c."quantityId", c."figureAsOf", c."status"::text AS "status", c."version", c."publishedAt",
           ARRAY(SELECT t."label" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id") AS "tags"
      FROM "Claim" c WHERE c."id" = ${claimId} FOR UPDATE`;
  if (!row) return null;
  return { ...row, tags: row.tags.map((label) => ({ tag: { label } })) };
}

/** The new version, what this save changed, what others had changed meanwhile, and the claim as now stored. */
export type UpdateClaimResult = { version: number; saved: ClaimFieldName[]; mergedFromOthers: ClaimFieldName[]; fields: ClaimFields };

/**
 * Saves an editor's changes. When someone else saved since the editor opened the claim, the
 * two sets of changes are merged field by field: changes to different fields both land, and a
 * field both changed differently is refused as a conflict that names it, with both values.
 */
export async function updateClaim(options: { db: Db; actor: Actor; input: z.input<typeof updateClaimSchema> }): Promise<UpdateClaimResult> {
  return (await updateClaimTellingPublished(options)).result;
}

/** The same save, also telling whether the claim was ever published, read under its lock, so the after-commit step need not ask again. */
export async function updateClaimTellingPublished(options: { db: Db; actor: Actor; input: z.input<typeof updateClaimSchema> }): Promise<{ result: UpdateClaimResult; everPublished: boolean }> {
  const { claimId, version, fields, base } = parseInput(updateClaimSchema, options.input, "fields.");
  return options.db.$transaction(async (tx) => {
    // Round trips: begin, this read (locking the row), the update, the audit event, commit.
    const stored = await lockClaim(tx, claimId);
    if (!stored) throw new FieldError(refusal("claims.notFound"));
    const everPublished = stored.publishedAt !== null;
    if (!isEditable(stored.status)) {
      throw new FieldError(refusal("claims.publishedChangesByCorrection"), "status");
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
    if (toSave.length === 0) return { result: { version: stored.version, saved: [], mergedFromOthers, fields: current }, everPublished };
    const changes = Object.fromEntries(toSave.map((name) => [name, fields[name]])) as Partial<ClaimFields>;
    // The update returns the row as stored; the tags, when they changed, are the ones just written.
    const columns = Object.fromEntries(Object.entries(CLAIM_FIELD_SELECT).filter(([name]) => name !== "tags")) as Omit<typeof CLAIM_FIELD_SELECT, "tags">;
    const now = await tx.claim.update({ where: { id: claimId }, data: { ...toClaimColumns(changes), version: { increment: 1 } }, select: columns });
    const labels = changes.tags ? await replaceTags(tx, claimId, changes.tags) : current.tags;
    const tags = labels.map((label) => ({ tag: { label } }));
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Claim",
      entityId: claimId,
      action: "update",
      before: Object.fromEntries(toSave.map((name) => [name, current[name]])),
      after: changes,
    });
    return { result: { version: stored.version + 1, saved: toSave, mergedFromOthers, fields: toClaimFields({ ...now, tags }) }, everPublished };
  });
}
