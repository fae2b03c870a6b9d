import "server-only";
import { cache } from "react";
import { getReaderDb, type Db } from "../db/client";
import type { Locale } from "../i18n/locales";
import type { PublishedClaim } from "../claims/public-queries";
import type { findSpeakerPage } from "../actors/queries";
import { ORIGINAL_LANGUAGE, type EntityType } from "./fields";
import { approvedVersions, pageExists, pageOriginals, versionKey, type Original } from "./queries";

type SpeakerPage = NonNullable<Awaited<ReturnType<typeof findSpeakerPage>>>;

/**
 * Reads texts in `locale` (issue 19): `pick` gives a text's approved, current version there, else
 * its original; `shownIn` the language a text is then shown in, so pages can mark what is not in
 * the reader's language. One query for all the texts given.
 */
async function readIn(db: Db, locale: Locale, originals: Original[]) {
  const versions = await approvedVersions(db, locale, originals);
  const version = (entityType: EntityType, entityId: string, field: string) => versions.get(versionKey({ entityType, entityId, field }));
  return {
    versions,
    pick: <T extends string | null>(entityType: EntityType, entityId: string, field: string, text: T): T => (text ? ((version(entityType, entityId, field) as T) ?? text) : text),
    shownIn: (entityType: EntityType, entityId: string, field: string): Locale => (locale === ORIGINAL_LANGUAGE || version(entityType, entityId, field) !== undefined ? locale : ORIGINAL_LANGUAGE),
  };
}

/**
 * A published claim as a reader in `locale` reads it: every reader-facing text in that language
 * where translated, `shownIn` for the statement and summary, `untranslated` when anything is
 * still shown in English, and `pageExists` when its statement and summary both read in `locale`.
 * Remembered per request: a verdict page's metadata and body read the same.
 */
export const localizeClaim = cache(async (claim: PublishedClaim, locale: Locale, db: Db = getReaderDb()) => {
  const originals: Original[] = [
    ...pageOriginals(claim),
    { entityType: "Claim", entityId: claim.id, field: "speakerRole", text: claim.speakerRole },
    ...(claim.speaker ? (["name", "title"] as const).map((field): Original => ({ entityType: "Actor", entityId: claim.speaker!.id, field, text: claim.speaker![field] })) : []),
    ...claim.evidence.map((link): Original => ({ entityType: "EvidenceLink", entityId: link.id, field: "note", text: link.note })),
    ...claim.corrections.map((correction): Original => ({ entityType: "Correction", entityId: correction.id, field: "note", text: correction.note })),
  ];
  const { versions, pick, shownIn } = await readIn(db, locale, originals);
  return {
    ...claim,
    statement: pick("Claim", claim.id, "statement", claim.statement),
    verdictSummary: pick("Claim", claim.id, "verdictSummary", claim.verdictSummary),
    speakerRole: pick("Claim", claim.id, "speakerRole", claim.speakerRole),
    speaker: claim.speaker ? { ...claim.speaker, name: pick("Actor", claim.speaker.id, "name", claim.speaker.name), title: pick("Actor", claim.speaker.id, "title", claim.speaker.title) } : null,
    evidence: claim.evidence.map((link) => ({ ...link, note: pick("EvidenceLink", link.id, "note", link.note), noteLanguage: shownIn("EvidenceLink", link.id, "note") })),
    corrections: claim.corrections.map((correction) => ({ ...correction, note: pick("Correction", correction.id, "note", correction.note), noteLanguage: shownIn("Correction", correction.id, "note") })),
    shownIn: { statement: shownIn("Claim", claim.id, "statement"), verdictSummary: shownIn("Claim", claim.id, "verdictSummary") },
    untranslated: originals.some((original) => original.text && shownIn(original.entityType, original.entityId, original.field) !== locale),
    pageExists: locale === ORIGINAL_LANGUAGE || pageExists(versions, claim.id),
  };
});

/** Statements and verdict summaries of a list of claims (home, search, feeds) in `locale` where translated, with `pageExists` as above. */
export async function localizeList<T extends { id: string; statement: string; verdictSummary: string | null }>(items: T[], locale: Locale, db: Db = getReaderDb()) {
  const { versions, pick, shownIn } = await readIn(db, locale, items.flatMap(pageOriginals));
  return items.map((item) => ({
    ...item,
    statement: pick("Claim", item.id, "statement", item.statement),
    verdictSummary: pick("Claim", item.id, "verdictSummary", item.verdictSummary),
    statementLanguage: shownIn("Claim", item.id, "statement"),
    pageExists: locale === ORIGINAL_LANGUAGE || pageExists(versions, item.id),
  }));
}

/** Tag names in `locale` where a reviewed version exists (the search page's filter), else as written. */
export async function localizeTags<T extends { id: string; label: string }>(tags: T[], locale: Locale, db: Db = getReaderDb()): Promise<T[]> {
  if (locale === ORIGINAL_LANGUAGE || tags.length === 0) return tags;
  const { pick } = await readIn(db, locale, tags.map((tag) => ({ entityType: "Tag", entityId: tag.id, field: "label", text: tag.label })));
  return tags.map((tag) => ({ ...tag, label: pick("Tag", tag.id, "label", tag.label) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** A speaker's page in `locale`: their name and title, and their verdicts' statements, where translated. */
export async function localizeSpeaker(speaker: SpeakerPage, locale: Locale, db: Db = getReaderDb()) {
  const { pick, shownIn } = await readIn(db, locale, [
    { entityType: "Actor", entityId: speaker.id, field: "name", text: speaker.name },
    { entityType: "Actor", entityId: speaker.id, field: "title", text: speaker.title },
  ]);
  return {
    ...speaker,
    name: pick("Actor", speaker.id, "name", speaker.name),
    title: pick("Actor", speaker.id, "title", speaker.title),
    nameLanguage: shownIn("Actor", speaker.id, "name"),
    claims: await localizeList(speaker.claims, locale, db),
  };
}
