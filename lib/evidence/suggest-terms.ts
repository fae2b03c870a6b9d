/**
 * Pure helpers for evidence suggestions: which words of a claim to look for, how to find the
 * passage of an entry that bears on it, and what a figure's value says about the claim's.
 */
import type { SuggestionReason } from "./reasons";
import { dayOf, figuresAgree, pointOf, sameFigure, type FigureLike } from "../figures/compare";

const STOPWORDS = new Set(
  (
    "that this with from have were been said says about their there which would could into than them they what when where " +
    "also more most some other after before while still only over under between against because during will shall just very " +
    "что этот эта это были было быть который которые также более около после перед между однако потому когда " +
    "менен жана деген боюнча үчүн болуп эмес бирок дагы анын алар"
  ).split(" "),
);

/** Words worth searching for: letters or digits, four or more characters, not function words. */
export function significantTerms(texts: string[], max = 16): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const word of text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 4 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
      // Kyrgyz and Russian inflect: search by the stem's first six letters ("кармалды" → "кармал:*").
      seen.add(/\p{Script=Cyrillic}/u.test(word) && word.length > 6 ? word.slice(0, 6) : word);
      if (seen.size >= max) return [...seen];
    }
  }
  return [...seen];
}

/**
 * A prefix tsquery that needs two of the terms together, so that one common word alone does
 * not pull in half the archive; with fewer than three terms, any one will do.
 */
export function pairQuery(terms: string[], maxTerms = 10): string | null {
  const clean = terms.map((term) => term.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean).slice(0, maxTerms);
  if (clean.length === 0) return null;
  if (clean.length < 3) return clean.map((term) => `${term}:*`).join(" | ");
  const pairs: string[] = [];
  for (let i = 0; i < clean.length; i += 1) for (let j = i + 1; j < clean.length; j += 1) pairs.push(`(${clean[i]}:* & ${clean[j]}:*)`);
  return pairs.join(" | ");
}

export type Sentence = { text: string; start: number; end: number };

export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  const pattern = /[^.!?…\n]+(?:[.!?…]+|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) found.push({ text: trimmed, start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  return found.length ? found : [{ text, start: 0, end: text.length }];
}

/** The sentence around a span, or the sentence sharing most terms. */
export function passageFor(text: string, options: { span?: { start: number; end: number }; terms?: string[] }): Sentence {
  const all = sentences(text);
  if (options.span) {
    const { start } = options.span;
    return all.find((sentence) => sentence.start <= start && start < sentence.end) ?? all[0];
  }
  const terms = options.terms ?? [];
  let best = all[0];
  let bestScore = -1;
  for (const sentence of all) {
    const lower = sentence.text.toLowerCase();
    const score = terms.filter((term) => lower.includes(term)).length;
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return best;
}

export type FigureVerdict = {
  stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
  kind: "same-figure" | "consistent-figure" | "different-figure" | "earlier-figure" | "figure-changed";
  reason: SuggestionReason;
};

function formatValue(figure: FigureLike) {
  const value = pointOf(figure);
  return value === null ? "?" : value.toLocaleString("en-GB");
}

/**
 * What a reported figure says about the claim's figure, as the numbers say it:
 * - the same figure (each value within the other's hedge) supports it;
 * - a figure that fits it (their hedges overlap: 225 for "at least 164", "at least 7,000" for
 *   7,939) supports it when given for the same day or an unknown one;
 * - a figure for an earlier day that is not the same is an earlier figure, and one for a later
 *   day shows the figure changed: context, never support;
 * - a figure that cannot be right at the same time, for the same day, contradicts it.
 * Null when either figure gives nothing to compare ("dozens").
 */
export function compareFigure(claim: FigureLike & { at: Date | null }, other: FigureLike & { at: Date | null }): FigureVerdict | null {
  const same = sameFigure(claim, other);
  const agree = figuresAgree(claim, other);
  if (same === null || agree === null) return null;
  const shown = formatValue(other);
  if (same) return { stance: "SUPPORTS", kind: "same-figure", reason: { key: "sameFigure", values: { figure: shown } } };
  const claimDay = claim.at ? dayOf(claim.at) : null;
  const otherDay = other.at ? dayOf(other.at) : null;
  const sameDay = claimDay !== null && claimDay === otherDay;
  if (claimDay && otherDay && !sameDay) {
    return otherDay < claimDay
      ? { stance: "CONTEXT", kind: "earlier-figure", reason: { key: "earlierFigure", values: { figure: shown, day: otherDay } } }
      : { stance: "CONTEXT", kind: "figure-changed", reason: { key: "figureChanged", values: { figure: shown, day: otherDay } } };
  }
  if (agree) return { stance: "SUPPORTS", kind: "consistent-figure", reason: { key: "consistentFigure", values: { figure: shown } } };
  if (sameDay) return { stance: "CONTRADICTS", kind: "different-figure", reason: { key: "sameDay", values: { figure: shown } } };
  return { stance: "CONTEXT", kind: "figure-changed", reason: { key: "differentFigure", values: { figure: shown, day: otherDay ?? "none" } } };
}
