import { LOCALES, type Locale } from "../i18n/locales";

/**
 * Which reader-facing texts have a version per language (issue 19), and how long each may be
 * (their names in the desk: desk.translations.field.<key> in the message catalogs).
 * Editors write the originals in English, the desk's language; Russian and Kyrgyz versions are
 * entered beside them and checked by a reviewer before readers see them.
 */
export const ORIGINAL_LANGUAGE: Locale = "en";
export const TRANSLATION_LANGUAGES = LOCALES.filter((locale) => locale !== ORIGINAL_LANGUAGE) as Exclude<Locale, "en">[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export const TRANSLATABLE = {
  "Claim.statement": { max: 75, multiline: false },
  "Claim.verdictSummary": { max: 2000, multiline: true },
  "Claim.speakerRole": { max: 200, multiline: false },
  "EvidenceLink.note": { max: 1000, multiline: true },
  "Correction.note": { max: 2000, multiline: true },
  "Actor.name": { max: 200, multiline: false },
  "Actor.title": { max: 200, multiline: false },
  "Tag.label": { max: 60, multiline: false },
} as const;
export type TranslatableKey = keyof typeof TRANSLATABLE;
export const ENTITY_TYPES = ["Claim", "EvidenceLink", "Correction", "Actor", "Tag"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A claim's page has a language version when its statement and verdict summary exist in it. */
export const PAGE_FIELDS: TranslatableKey[] = ["Claim.statement", "Claim.verdictSummary"];

export function isTranslatable(key: string): key is TranslatableKey {
  return Object.hasOwn(TRANSLATABLE, key);
}
