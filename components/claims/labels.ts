// The desk's names for statuses, stances, hedges and anchors live in the message catalogs
// (desk.labels.*); these lists give their order.
export const CLAIM_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "UPDATED", "ARCHIVED"] as const;
export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
/** The hedge menu: each class, and the words of their own beside it (lib/text/hedge-words.ts). */
export const HEDGE_CHOICES = ["EXACT", "APPROX", "nearly", "AT_LEAST", "more-than", "AT_MOST", "up-to", "less-than", "RANGE", "VAGUE"] as const;
export const SOURCE_LANGUAGES = ["ky", "ru", "en", "kk", "mixed", "und"] as const;
