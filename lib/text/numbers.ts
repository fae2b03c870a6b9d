/**
 * Finds the figures in Kyrgyz, Russian and English text: digits (with case suffixes glued on,
 * "238ге", "3000ден"), number words ("жыйырма", "пять", "twenty"), scale words ("20 миң",
 * "$183 млн"), decimal commas, ranges and hedges ("около", "кеминде", "more than",
 * "отузга жакын"). Dates, years, clock times, list markers and names like "Ил-76" are not
 * figures. Every figure's span indexes the input: input.slice(start, end) === text.
 *
 * The words are in lexicon.ts, what is not a figure in figure-exclusions.ts, and the three
 * scanning passes in figure-scanners.ts; this file runs the passes and reads each figure's
 * hedge and unit.
 */
import { scanDigits, scanVague, scanWords, TakenSpans, type Core } from "./figure-scanners";
import { HEDGE_CLASS, type HedgeWord } from "./hedge-words";
import { HEDGES_AFTER, HEDGES_BEFORE, UNITS } from "./lexicon";

export type Hedge = "exact" | "approx" | "at_least" | "at_most" | "range" | "vague";

export type Figure = {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  hedge: Hedge;
  /** The hedge as worded ("nearly", «до», «жакын»), a key of hedge-words.ts; null for exact figures and ranges. */
  hedgeWord: HedgeWord | null;
  unit: string | null;
  start: number;
  end: number;
};

type Hedged = Core & { hedgeWord: HedgeWord | null };

function classOf(word: HedgeWord): Hedge {
  return HEDGE_CLASS[word].toLowerCase() as Hedge;
}

/** A hedge word before or after the core widens its span: "около 200", "отузга жакын". */
function hedgeAround(text: string, core: Core): Hedged {
  // "30дай", "2 миңдей": approximate by its own ending.
  const own: HedgeWord | null = core.hedge === "approx" ? "about" : null;
  if (core.hedge === "range" || core.hedge === "vague") return { ...core, hedgeWord: null };
  const before = text.slice(Math.max(0, core.start - 30), core.start);
  for (const [regex, word] of HEDGES_BEFORE) {
    const match = regex.exec(before);
    if (match && (core.start - match[0].length === 0 || !/[\p{L}]/u.test(text[core.start - match[0].length - 1]))) {
      return { ...core, start: core.start - match[0].length, ...(own ? { hedgeWord: own } : { hedge: classOf(word), hedgeWord: word }) };
    }
  }
  const after = text.slice(core.end, core.end + 40);
  for (const [regex, word] of HEDGES_AFTER) {
    const match = regex.exec(after);
    if (!match) continue;
    // "отузга жакын": the approximate postposition needs the dative on the number.
    if (word === "nearly" && !/(?:га|ге|ка|ке|го|гө|ко|кө)$/u.test(text.slice(core.start, core.end))) continue;
    return { ...core, end: core.end + match[0].length, hedge: classOf(word), hedgeWord: word };
  }
  return { ...core, hedgeWord: own };
}

function unitAfter(text: string, end: number, leading: string): string | null {
  if (leading === "$") return "USD";
  if (leading === "€") return "EUR";
  if (leading === "₸") return "KZT";
  const rest = text.slice(end, end + 40);
  if (/^[\s\u00a0]?%/.test(rest)) return "%";
  const word = /^[\s\u00a0]+([\p{L}]+\.?)/u.exec(rest)?.[1];
  if (!word) return null;
  for (const [regex, unit] of UNITS) if (regex.test(word)) return unit;
  return null;
}

function bounds(core: Core): { low: number | null; high: number | null } {
  if (core.hedge === "range") return { low: core.low ?? null, high: core.high ?? null };
  if (core.hedge === "at_least") return { low: core.value, high: null };
  if (core.hedge === "at_most") return { low: null, high: core.value };
  return { low: null, high: null };
}

/** `language` (ky, ru, en…) keeps words of one language from being read as numerals of another. */
export function extractFigures(text: string, language?: string): Figure[] {
  const taken = new TakenSpans();
  const vague = scanVague(text, taken);
  const digits = scanDigits(text, taken, vague);
  const words = scanWords(text, taken, vague, language);
  return [...digits, ...words, ...vague]
    .sort((a, b) => a.start - b.start)
    .map((core) => {
      const hedged = hedgeAround(text, core);
      const { low, high } = bounds(hedged);
      const value = hedged.hedge === "range" || hedged.hedge === "vague" ? null : hedged.value;
      return {
        text: text.slice(hedged.start, hedged.end),
        value,
        low,
        high,
        hedge: hedged.hedge,
        hedgeWord: hedged.hedgeWord,
        unit: unitAfter(text, core.end, core.leading.trim()) ?? unitAfter(text, hedged.end, ""),
        start: hedged.start,
        end: hedged.end,
      };
    });
}
