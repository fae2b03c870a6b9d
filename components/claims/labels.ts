export const STATUS_LABELS = { DRAFT: "Draft", IN_REVIEW: "Awaiting review", PUBLISHED: "Published", UPDATED: "Updated", ARCHIVED: "Archived" } as const;
export const STANCE_LABELS = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", CONTEXT: "Context" } as const;
export const HEDGE_LABELS = { EXACT: "exactly", APPROX: "about", AT_LEAST: "at least", AT_MOST: "at most", RANGE: "between", VAGUE: "vague (no number)" } as const;
/** The hedge menu: each class, and the words of their own beside it (lib/text/hedge-words.ts). */
export const HEDGE_CHOICES: [string, string][] = [
  ["EXACT", "exactly"], ["APPROX", "about"], ["nearly", "nearly"], ["AT_LEAST", "at least"], ["more-than", "more than"],
  ["AT_MOST", "at most"], ["up-to", "up to"], ["less-than", "fewer than"], ["RANGE", "between"], ["VAGUE", "vague (no number)"],
];
export const ANCHOR_LABELS = {
  EXACT: null,
  POSITION: "The entry was corrected: the quote was found again by its surroundings.",
  FUZZY: "The entry was corrected: the quote was matched approximately. Check it.",
  ORPHANED: "The entry was corrected and the quote can no longer be found in it.",
} as const;
export const LANGUAGE_NAMES: Record<string, string> = { ky: "Kyrgyz", ru: "Russian", en: "English", kk: "Kazakh", mixed: "Mixed", und: "Unknown" };
