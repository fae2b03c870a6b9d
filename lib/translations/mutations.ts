import { refusal } from "../i18n/refusals";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { FieldError, parseInput, UserFacingError } from "../errors";
import { originalHash, originalText } from "./originals";
import { saveTranslationSchema, type SaveTranslationInput } from "./schema";

type Actor = Pick<CurrentUser, "id">;

/**
 * Saves a text's version in another language (issue 19). It waits for a reviewer's check before
 * readers see it; saving again sends it back to that check. Audited.
 */
export async function saveTranslation(options: { db: Db; actor: Actor; input: SaveTranslationInput }) {
  const input = parseInput(saveTranslationSchema, options.input);
  return options.db.$transaction(async (tx) => {
    const original = await originalText(tx, input);
    if (original === undefined) throw new UserFacingError(refusal("translations.textGone"));
    if (!original) throw new FieldError(refusal("translations.noOriginal"), "text");
    const key = { entityType_entityId_field_language: { entityType: input.entityType, entityId: input.entityId, field: input.field, language: input.language } };
    const before = await tx.textVersion.findUnique({ where: key, select: { text: true, status: true } });
    const hash = originalHash(original);
    const version = await tx.textVersion.upsert({
      where: key,
      create: { entityType: input.entityType, entityId: input.entityId, field: input.field, language: input.language, text: input.text, originalHash: hash, translatedById: options.actor.id },
      update: { text: input.text, originalHash: hash, status: "PENDING", translatedById: options.actor.id, reviewedById: null, reviewedAt: null },
      select: { id: true, entityType: true, entityId: true, field: true, language: true, text: true, status: true },
    });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "TextVersion", entityId: version.id, action: "translate", before, after: version });
    // Readers saw the version this one replaces: it leaves the public pages until checked again.
    return { ...version, replacedPublic: before?.status === "APPROVED" };
  });
}

/** A reviewer's check: someone other than the translator, while the original still reads as it did. */
export async function approveTranslation(options: { db: Db; actor: Actor; id: string }) {
  return options.db.$transaction(async (tx) => {
    const version = await tx.textVersion.findUnique({ where: { id: options.id } });
    if (!version) throw new UserFacingError(refusal("translations.gone"));
    if (version.status === "APPROVED") return version;
    if (version.translatedById === options.actor.id) throw new UserFacingError(refusal("translations.ownTranslation"));
    const original = await originalText(tx, { entityType: version.entityType as "Claim", entityId: version.entityId, field: version.field });
    if (!original || originalHash(original) !== version.originalHash) {
      throw new UserFacingError(refusal("translations.originalChanged"));
    }
    const approved = await tx.textVersion.update({ where: { id: version.id }, data: { status: "APPROVED", reviewedById: options.actor.id, reviewedAt: new Date() } });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "TextVersion", entityId: version.id, action: "approve", before: { status: version.status }, after: { status: "APPROVED", language: version.language, text: version.text } });
    return approved;
  });
}
