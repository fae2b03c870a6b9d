/**
 * A figure's hedge as the source worded it. The Hedge enum (exact, approx, at least, at most,
 * range, vague) serves comparisons; the word says which kind of each it is, so "nearly 10,000"
 * is shown as nearly, never as "up to", in the reader's language, and its bounds follow it.
 */
export const HEDGE_WORDS = ["about", "nearly", "at-least", "more-than", "at-most", "up-to", "less-than"] as const;
export type HedgeWord = (typeof HEDGE_WORDS)[number];
export type HedgeClass = "EXACT" | "APPROX" | "AT_LEAST" | "AT_MOST" | "RANGE" | "VAGUE";

/** The comparison class each word belongs to. */
export const HEDGE_CLASS: Record<HedgeWord, HedgeClass> = {
  about: "APPROX",
  nearly: "APPROX",
  "at-least": "AT_LEAST",
  "more-than": "AT_LEAST",
  "at-most": "AT_MOST",
  "up-to": "AT_MOST",
  "less-than": "AT_MOST",
};

/** The word a hedge class is shown with when the source's own word is not known. */
export const DEFAULT_HEDGE_WORD: Partial<Record<HedgeClass, HedgeWord>> = { APPROX: "about", AT_LEAST: "at-least", AT_MOST: "at-most" };

export function isHedgeWord(value: unknown): value is HedgeWord {
  return typeof value === "string" && (HEDGE_WORDS as readonly string[]).includes(value);
}

/** The word to show for a figure: its own when it has one that fits its class, else its class's. */
export function hedgeWordOf(figure: { hedge: string | null; hedgeWord?: string | null }): HedgeWord | null {
  if (isHedgeWord(figure.hedgeWord) && HEDGE_CLASS[figure.hedgeWord] === figure.hedge) return figure.hedgeWord;
  return DEFAULT_HEDGE_WORD[figure.hedge as HedgeClass] ?? null;
}

/**
 * One choice for a form's hedge menu: a class whose word is its default ("APPROX" is "about"),
 * or a word of its own ("nearly"). Round-trips: a figure stored without a word stays without one.
 */
export function hedgeChoiceOf(hedge: string, hedgeWord: string | null | undefined): string {
  return isHedgeWord(hedgeWord) && hedgeWord !== DEFAULT_HEDGE_WORD[hedge as HedgeClass] ? hedgeWord : hedge;
}

export function fromHedgeChoice(choice: string): { hedge: HedgeClass; hedgeWord: HedgeWord | null } {
  return isHedgeWord(choice) ? { hedge: HEDGE_CLASS[choice], hedgeWord: choice } : { hedge: choice as HedgeClass, hedgeWord: null };
}
