import "server-only";
import { getReaderDb, type Db } from "../db/client";
import type { Locale } from "../i18n/locales";
import type { PublishedClaim } from "../claims/public-queries";
import type { findSpeakerPage } from "../actors/queries";

type SpeakerPage = NonNullable<Awaited<ReturnType<typeof findSpeakerPage>>>;
import { ORIGINAL_LANGUAGE } from "./fields";
import { approvedVersions, versionKey, type Original } from "./queries";

/**
 * A published claim as a reader in `locale` reads it (issue 19): each text in that language
 * where an approved, current version exists, else the original; `shownIn` says which language
 * each of the main texts is in, so the page can mark what is not in the reader's language.
 */
export async function localizeClaim(claim: PublishedClaim, locale: Locale, db: Db = getReaderDb()) {
  const originals: Original[] = [
    { entityType: "Claim", entityId: claim.id, field: "statement", text: claim.statement },
    { entityType: "Claim", entityId: claim.id, field: "verdictSummary", text: claim.verdictSummary },
    { entityType: "Claim", entityId: claim.id, field: "speakerRole", text: claim.speakerRole },
    ...(claim.speaker ? (["name", "title"] as const).map((field): Original => ({ entityType: "Actor", entityId: claim.speaker!.id, field, text: claim.speaker![field] })) : []),
    ...claim.evidence.map((link): Original => ({ entityType: "EvidenceLink", entityId: link.id, field: "note", text: link.note })),
    ...claim.corrections.map((correction): Original => ({ entityType: "Correction", entityId: correction.id, field: "note", text: correction.note })),
  ];
  const versions = await approvedVersions(db, locale, originals);
  const pick = (entityType: Original["entityType"], entityId: string, field: string, text: string | null) => (text ? (versions.get(versionKey({ entityType, entityId, field })) ?? text) : text);
  const inLocale = (entityType: Original["entityType"], entityId: string, field: string): Locale => (locale === ORIGINAL_LANGUAGE || versions.has(versionKey({ entityType, entityId, field })) ? locale : ORIGINAL_LANGUAGE);
  const untranslated = originals.some((original) => original.text && inLocale(original.entityType, original.entityId, original.field) !== locale);
  return {
    ...claim,
    statement: pick("Claim", claim.id, "statement", claim.statement)!,
    verdictSummary: pick("Claim", claim.id, "verdictSummary", claim.verdictSummary),
    speakerRole: pick("Claim", claim.id, "speakerRole", claim.speakerRole),
    speaker: claim.speaker ? { ...claim.speaker, name: pick("Actor", claim.speaker.id, "name", claim.speaker.name)!, title: pick("Actor", claim.speaker.id, "title", claim.speaker.title) } : null,
    evidence: claim.evidence.map((link) => ({ ...link, note: pick("EvidenceLink", link.id, "note", link.note), noteLanguage: inLocale("EvidenceLink", link.id, "note") })),
    corrections: claim.corrections.map((correction) => ({ ...correction, note: pick("Correction", correction.id, "note", correction.note)!, noteLanguage: inLocale("Correction", correction.id, "note") })),
    shownIn: { statement: inLocale("Claim", claim.id, "statement"), verdictSummary: inLocale("Claim", claim.id, "verdictSummary") },
    untranslated,
  };
}

/** Statements and verdict summaries of a list of claims (home, feeds) in `locale` where approved versions exist. */
export async function localizeList<T extends { id: string; statement: string; verdictSummary: string | null }>(items: T[], locale: Locale, db: Db = getReaderDb()) {
  const originals = items.flatMap((item): Original[] => [
    { entityType: "Claim", entityId: item.id, field: "statement", text: item.statement },
    { entityType: "Claim", entityId: item.id, field: "verdictSummary", text: item.verdictSummary },
  ]);
  const versions = await approvedVersions(db, locale, originals);
  return items.map((item) => {
    const statement = versions.get(versionKey({ entityType: "Claim", entityId: item.id, field: "statement" }));
    const summary = versions.get(versionKey({ entityType: "Claim", entityId: item.id, field: "verdictSummary" }));
    return {
      ...item,
      statement: statement ?? item.statement,
      verdictSummary: summary ?? item.verdictSummary,
      statementLanguage: (statement || locale === ORIGINAL_LANGUAGE ? locale : ORIGINAL_LANGUAGE) as Locale,
    };
  });
}

/** A speaker's page in `locale`: their name and title, and their verdicts' statements, where approved versions exist. */
export async function localizeSpeaker(speaker: SpeakerPage, locale: Locale, db: Db = getReaderDb()) {
  const versions = await approvedVersions(db, locale, [
    { entityType: "Actor", entityId: speaker.id, field: "name", text: speaker.name },
    { entityType: "Actor", entityId: speaker.id, field: "title", text: speaker.title },
  ]);
  const name = versions.get(versionKey({ entityType: "Actor", entityId: speaker.id, field: "name" }));
  const title = versions.get(versionKey({ entityType: "Actor", entityId: speaker.id, field: "title" }));
  return {
    ...speaker,
    name: name ?? speaker.name,
    title: title ?? speaker.title,
    nameLanguage: (name || locale === ORIGINAL_LANGUAGE ? locale : ORIGINAL_LANGUAGE) as Locale,
    claims: await localizeList(speaker.claims, locale, db),
  };
}
