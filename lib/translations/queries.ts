import { getDb, getReaderDb, type Db } from "../db/client";
import type { Locale } from "../i18n/locales";
import { publicClaimWhere } from "../claims/status";
import { ORIGINAL_LANGUAGE, PAGE_FIELDS, TRANSLATION_LANGUAGES, type EntityType, type TranslatableKey, type TranslationLanguage } from "./fields";
import { originalHash } from "./originals";

export type Original = { entityType: EntityType; entityId: string; field: string; text: string | null };
export const versionKey = (item: { entityType: string; entityId: string; field: string }) => `${item.entityType}:${item.entityId}:${item.field}`;

/** The approved versions in `language` whose originals still read as they did when translated: key → text. */
export async function approvedVersions(db: Db, language: Locale, originals: Original[]): Promise<Map<string, string>> {
  if (language === ORIGINAL_LANGUAGE || originals.length === 0) return new Map();
  const current = new Map(originals.flatMap((original) => (original.text ? [[versionKey(original), originalHash(original.text)] as const] : [])));
  const rows = await db.textVersion.findMany({
    where: { language, status: "APPROVED", entityId: { in: [...new Set(originals.map((original) => original.entityId))] } },
    select: { entityType: true, entityId: true, field: true, text: true, originalHash: true },
  });
  return new Map(rows.filter((row) => current.get(versionKey(row)) === row.originalHash).map((row) => [versionKey(row), row.text]));
}

/** The claim texts a page in another language needs (its statement and verdict summary), as originals. */
export function pageOriginals(claim: { id: string; statement: string; verdictSummary: string | null }): Original[] {
  return PAGE_FIELDS.map((key) => {
    const field = key.split(".")[1] as "statement" | "verdictSummary";
    return { entityType: "Claim", entityId: claim.id, field, text: claim[field] };
  });
}

/** Whether a claim's page exists in the language `versions` were read in: its statement and summary both translated. */
export function pageExists(versions: Map<string, string>, claimId: string): boolean {
  return PAGE_FIELDS.every((key) => versions.has(versionKey({ entityType: "Claim", entityId: claimId, field: key.split(".")[1] })));
}

/**
 * The languages each claim's page exists in: its original, and each language in which its
 * statement and verdict summary both have a current, approved version.
 */
export async function pageLanguages(claims: { id: string; statement: string; verdictSummary: string | null }[], db: Db = getReaderDb()): Promise<Map<string, Locale[]>> {
  const originals = claims.flatMap(pageOriginals);
  const found = new Map<string, Locale[]>(claims.map((claim) => [claim.id, [ORIGINAL_LANGUAGE]]));
  for (const language of TRANSLATION_LANGUAGES) {
    const versions = await approvedVersions(db, language, originals);
    for (const claim of claims) if (pageExists(versions, claim.id)) found.get(claim.id)!.push(language);
  }
  return found;
}

export type VersionState = { id: string; text: string; state: "approved" | "awaiting check" | "out of date"; translatedById: string | null } | null;
/** `context`: what the desk says beside the text: a speaker's texts are shared by their claims; a note is on a passage. */
export type TranslationContext = { kind: "speaker" } | { kind: "tag" } | { kind: "passage"; passage: string } | null;
export type TranslationRow = { key: TranslatableKey; entityType: EntityType; entityId: string; field: string; context: TranslationContext; original: string; versions: Record<TranslationLanguage, VersionState> };

/** Every reader-facing text of a claim with its versions, for the desk's translation panel. */
export async function findClaimTranslations(claimId: string, db: Db = getDb()): Promise<TranslationRow[]> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true, statement: true, verdictSummary: true, speakerRole: true,
      speaker: { select: { id: true, name: true, title: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, note: true, passageExact: true } },
      corrections: { orderBy: { createdAt: "asc" }, select: { id: true, note: true } },
      tags: { orderBy: { tag: { label: "asc" } }, select: { tag: { select: { id: true, label: true } } } },
    },
  });
  if (!claim) return [];
  const texts: { entityType: EntityType; entityId: string; field: string; text: string | null; context: TranslationContext }[] = [
    { entityType: "Claim", entityId: claim.id, field: "statement", text: claim.statement, context: null },
    { entityType: "Claim", entityId: claim.id, field: "verdictSummary", text: claim.verdictSummary, context: null },
    { entityType: "Claim", entityId: claim.id, field: "speakerRole", text: claim.speakerRole, context: null },
    ...(claim.speaker
      ? [
          { entityType: "Actor" as const, entityId: claim.speaker.id, field: "name", text: claim.speaker.name, context: { kind: "speaker" as const } },
          { entityType: "Actor" as const, entityId: claim.speaker.id, field: "title", text: claim.speaker.title, context: { kind: "speaker" as const } },
        ]
      : []),
    ...claim.evidence.map((link) => ({ entityType: "EvidenceLink" as const, entityId: link.id, field: "note", text: link.note, context: { kind: "passage" as const, passage: link.passageExact.slice(0, 80) } })),
    ...claim.corrections.map((correction) => ({ entityType: "Correction" as const, entityId: correction.id, field: "note", text: correction.note, context: null })),
    ...claim.tags.map(({ tag }) => ({ entityType: "Tag" as const, entityId: tag.id, field: "label", text: tag.label, context: { kind: "tag" as const } })),
  ];
  const present = texts.filter((text): text is typeof text & { text: string } => Boolean(text.text));
  const rows = await db.textVersion.findMany({
    where: { entityId: { in: [...new Set(present.map((text) => text.entityId))] } },
    select: { id: true, entityType: true, entityId: true, field: true, language: true, text: true, status: true, originalHash: true, translatedById: true },
  });
  const byKey = new Map(rows.map((row) => [`${versionKey(row)}:${row.language}`, row]));
  return present.map((text) => {
    const key = `${text.entityType}.${text.field}` as TranslatableKey;
    const hash = originalHash(text.text);
    const versions = Object.fromEntries(
      TRANSLATION_LANGUAGES.map((language) => {
        const row = byKey.get(`${versionKey(text)}:${language}`);
        const state: VersionState = row
          ? { id: row.id, text: row.text, translatedById: row.translatedById, state: row.originalHash !== hash ? "out of date" : row.status === "APPROVED" ? "approved" : "awaiting check" }
          : null;
        return [language, state];
      }),
    ) as Record<TranslationLanguage, VersionState>;
    return { key, entityType: text.entityType, entityId: text.entityId, field: text.field, context: text.context, original: text.text, versions };
  });
}

/** The desk's "needs translation" queue: published claims whose page is missing a language, and translations awaiting a check. */
export async function findTranslationQueue(db: Db = getDb()) {
  const claims = await db.claim.findMany({
    where: publicClaimWhere,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 300,
    select: { id: true, slug: true, statement: true, verdictSummary: true, publishedAt: true },
  });
  const languages = await pageLanguages(claims, db);
  // Versions awaiting a check, each counted with its claim (an evidence or correction note with the
  // claim it belongs to); a speaker's name or title belongs to no one claim and counts in the total only.
  const awaiting = await db.$queryRaw<{ claimId: string | null; count: number }[]>`
    SELECT coalesce(l."claimId", c."claimId", CASE WHEN v."entityType" = 'Claim' THEN v."entityId" END) AS "claimId", count(*)::int AS "count"
      FROM "TextVersion" v
      LEFT JOIN "EvidenceLink" l ON v."entityType" = 'EvidenceLink' AND l."id" = v."entityId"
      LEFT JOIN "Correction" c ON v."entityType" = 'Correction' AND c."id" = v."entityId"
     WHERE v."status" = 'PENDING'
     GROUP BY 1`;
  const awaitingBy = new Map(awaiting.map((row) => [row.claimId, row.count]));
  const needs = claims
    .map((claim) => ({ ...claim, missing: TRANSLATION_LANGUAGES.filter((language) => !languages.get(claim.id)!.includes(language)), awaitingCheck: awaitingBy.get(claim.id) ?? 0 }))
    .filter((claim) => claim.missing.length > 0 || claim.awaitingCheck > 0);
  const pendingTotal = awaiting.reduce((sum, row) => sum + row.count, 0);
  return { claims: needs, pendingTotal };
}
