import { LOCALES, type Locale } from "../i18n/locales";

/**
 * Which reader-facing texts have a version per language (issue 19), and how long each may be.
 * Editors write the originals in English, the desk's language; Russian and Kyrgyz versions are
 * entered beside them and checked by a reviewer before readers see them.
 */
export const ORIGINAL_LANGUAGE: Locale = "en";
export const TRANSLATION_LANGUAGES = LOCALES.filter((locale) => locale !== ORIGINAL_LANGUAGE) as Exclude<Locale, "en">[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export const TRANSLATABLE = {
  "Claim.statement": { label: "Statement", max: 75, multiline: false },
  "Claim.verdictSummary": { label: "Verdict summary", max: 2000, multiline: true },
  "Claim.speakerRole": { label: "Speaker's role when saying it", max: 200, multiline: false },
  "EvidenceLink.note": { label: "Evidence note", max: 1000, multiline: true },
  "Correction.note": { label: "Correction note", max: 2000, multiline: true },
  "Actor.name": { label: "Speaker's name", max: 200, multiline: false },
  "Actor.title": { label: "Speaker's role", max: 200, multiline: false },
} as const;
export type TranslatableKey = keyof typeof TRANSLATABLE;
export const ENTITY_TYPES = ["Claim", "EvidenceLink", "Correction", "Actor"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A claim's page has a language version when its statement and verdict summary exist in it. */
export const PAGE_FIELDS: TranslatableKey[] = ["Claim.statement", "Claim.verdictSummary"];

export function isTranslatable(key: string): key is TranslatableKey {
  return Object.hasOwn(TRANSLATABLE, key);
}
