export const STATUS_LABELS = { DRAFT: "Draft", IN_REVIEW: "Awaiting review", PUBLISHED: "Published", UPDATED: "Updated", ARCHIVED: "Archived" } as const;
export const STANCE_LABELS = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", CONTEXT: "Context" } as const;
export const HEDGE_LABELS = { EXACT: "exactly", APPROX: "about", AT_LEAST: "at least", AT_MOST: "up to", RANGE: "between", VAGUE: "vague (no number)" } as const;
export const ANCHOR_LABELS = {
  EXACT: null,
  POSITION: "The entry was corrected: the quote was found again by its surroundings.",
  FUZZY: "The entry was corrected: the quote was matched approximately. Check it.",
  ORPHANED: "The entry was corrected and the quote can no longer be found in it.",
} as const;
export const LANGUAGE_NAMES: Record<string, string> = { ky: "Kyrgyz", ru: "Russian", en: "English", kk: "Kazakh", mixed: "Mixed", und: "Unknown" };
