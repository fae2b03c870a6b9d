/**
 * The scanners of extractFigures, one pass each: vague quantities, digits, number words. Each
 * finds cores (a span, a value, a first hedge); numbers.ts then reads the hedge and unit around
 * them. Spans already taken by one pass are skipped by the next.
 */
import { LETTER, runsOf } from "./char-classes";
import { isExcludedDigit } from "./figure-exclusions";
import { WordSearch } from "./word-search";
import { APPROX_SUFFIX, KY_SUFFIX, SCALES, VAGUE, WORD_NUMBERS, type WordNumber } from "./lexicon";
import type { Hedge } from "./numbers";

export type Core = { start: number; end: number; value: number | null; hedge: Hedge; low?: number | null; high?: number | null; leading: string };

/** The spans found so far, so that no two figures overlap. */
export class TakenSpans {
  private spans: [number, number][] = [];
  overlaps(start: number, end: number) {
    return this.spans.some(([a, b]) => start < b && end > a);
  }
  take(start: number, end: number) {
    this.spans.push([start, end]);
  }
  release(start: number, end: number) {
    const index = this.spans.findIndex(([a, b]) => a === start && b === end);
    if (index >= 0) this.spans.splice(index, 1);
  }
}

const L = "\\p{L}";
const wordNumberIndex = WORD_NUMBERS.map((word) => ({ ...word, regex: new RegExp(`^(?:${word.pattern})${word.kyrgyz ? KY_SUFFIX : ""}$`, "iu") }));
const scaleIndex = SCALES.map((scale) => ({ exponent: scale.exponent, regex: new RegExp(`^(?:${scale.pattern})$`, "iu") }));
const KY_SUFFIX_ONLY = new RegExp(`^${KY_SUFFIX}$`, "u");
const APPROX_ENDING = /(?:дай|дей|дой|дөй|тай|тей|той|төй)$/u;
// Most words are not numerals: only words starting like one are tried against the lexicon.
const NUMERAL_STARTS = new Set(
  [...WORD_NUMBERS.flatMap((word) => word.pattern.split("|")), "бир", ...SCALES.flatMap((scale) => scale.pattern.replace(/\(\?:.*$/, "").split("|"))]
    .map((stem) => stem.replace(/\\/g, "").slice(0, 2).toLowerCase())
    .filter((start) => /^\p{L}{2}$/u.test(start)),
);
const scaleRegex = new RegExp(`^[\\s\\u00a0]*(?:${SCALES.map((scale) => scale.pattern).join("|")})(?![${L}])`, "iu");
const vagueWords = new WordSearch(VAGUE.join("|"));
// The first code units whose lower case begins a numeral: a word starting with any other is no numeral.
let numeralFirst: Uint8Array | null = null;
function mayBeNumeral(code: number): boolean {
  if (!numeralFirst) {
    const firsts = new Set([...NUMERAL_STARTS].map((start) => start[0]));
    numeralFirst = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit += 1) if (firsts.has(String.fromCharCode(unit).toLowerCase()[0])) numeralFirst[unit] = 1;
  }
  return numeralFirst[code] === 1;
}

type Word = { start: number; end: number };

/**
 * The words a number word can be: runs of letters not glued to a digit or a hyphen before them
 * (what `(?<![\p{L}\d-])\p{L}+` finds), as spans, made in one pass with the letters' table.
 */
function wordsIn(text: string): Word[] {
  const runs = runsOf(text, LETTER);
  const words: Word[] = [];
  for (let index = 0; index < runs.length; index += 2) {
    const start = runs[index];
    if (start === 0 || !/[\d-]/.test(text[start - 1])) words.push({ start, end: runs[index + 1] });
  }
  return words;
}

const DIGITS = /(?<![\d,.])([$€₸][\s\u00a0]?)?(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)*)/gu;

/** value × 10^exponent in decimal, as written: 136.8 × 10⁹ is 136800000000, not …000.00002. */
export function timesTenTo(value: number, exponent: number): number {
  return exponent === 0 ? value : Number(`${value}e${exponent}`);
}

function exponentOf(word: string): number {
  for (const scale of scaleIndex) if (scale.regex.test(word)) return scale.exponent;
  return 0;
}

// Each word's reading, remembered: a text's words repeat (Zipf), and each first reading tries the
// whole lexicon's expressions in turn. Emptied when large, so it never grows without bound.
const readings = new Map<string, WordNumber | null>();
const READINGS_KEPT = 50_000;

function wordValue(word: string, language?: string): WordNumber | null {
  const key = `${language ?? ""} ${word}`;
  const known = readings.get(key);
  if (known !== undefined) return known;
  if (readings.size >= READINGS_KEPT) readings.clear();
  let found: WordNumber | null = null;
  for (const candidate of wordNumberIndex) {
    if (candidate.onlyIn && language && language !== candidate.onlyIn && language !== "mixed" && language !== "und") continue;
    if (candidate.regex.test(word)) {
      found = candidate;
      break;
    }
  }
  readings.set(key, found);
  return found;
}

/** Digits as people write them: "7,939", "10 000", "3,5", "1.2". */
export function parseDigits(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (/^\d{1,3}(?:,\d{3})+$/.test(compact) && raw.includes(",") && !/^\d,\d{3}$/.test(compact) || /^\d{1,3}(?:,\d{3}){2,}$/.test(compact)) {
    return Number(compact.replace(/,/g, ""));
  }
  if (/^\d{2,3},\d{3}$/.test(compact) || /^\d,\d{3}$/.test(compact)) return Number(compact.replace(",", ""));
  if (/^\d+[.,]\d+$/.test(compact)) return Number(compact.replace(",", "."));
  if (/^\d+$/.test(compact)) return Number(compact);
  return null;
}

/** A scale word right after the core ("20 миң", "5-7 тысяч"), applied to its value or bounds. */
function applyScale(text: string, core: Core): Core {
  const match = scaleRegex.exec(text.slice(core.end));
  if (!match) return core;
  const word = match[0].trim().toLowerCase();
  const exponent = exponentOf(word);
  const end = core.end + match[0].length;
  if (core.hedge === "range") return { ...core, end, low: timesTenTo(core.low ?? 0, exponent), high: timesTenTo(core.high ?? 0, exponent) };
  if (core.value === null) return core;
  // "2 миңдей": the approximate suffix can sit on the scale word.
  const approx = /(?:дай|дей|дой|дөй|тай|тей|той|төй|чамасы)$/u.test(word);
  return { ...core, end, value: timesTenTo(core.value, exponent), hedge: approx ? "approx" : core.hedge };
}

/** Pass 1: quantities with no number ("бир нече миң", "десятки"), so their words are not read as numbers. */
export function scanVague(text: string, taken: TakenSpans): Core[] {
  const vague: Core[] = [];
  for (const match of vagueWords.matches(text)) {
    vague.push({ start: match.index, end: match.index + match[0].length, value: null, hedge: "vague", leading: "" });
    taken.take(match.index, match.index + match[0].length);
  }
  return vague;
}

/** A scale word right after a number ("полторы тысячи") belongs to the number, not to a vague quantity. */
function releaseVagueScaleAfter(text: string, end: number, vague: Core[], taken: TakenSpans) {
  const index = vague.findIndex((candidate) => /^[\s\u00a0]+$/.test(text.slice(end, candidate.start)) && scaleRegex.test(text.slice(end)));
  if (index < 0) return;
  taken.release(vague[index].start, vague[index].end);
  vague.splice(index, 1);
}

/** Pass 2: digits, with a currency sign, Kyrgyz endings ("238ге"), a range ("5-7") or a scale ("20 миң"). */
export function scanDigits(text: string, taken: TakenSpans, vague: Core[]): Core[] {
  const cores: Core[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const leading = match[1] ?? "";
    let raw = match[2];
    const start = match.index + leading.length;
    // A thousands group must not swallow a following separate number ("2 3"): only groups of 3.
    if (/[\s\u00a0\u202f]/.test(raw) && !/^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+$/.test(raw)) raw = raw.split(/[\s\u00a0\u202f]/)[0];
    // A trailing sentence period is not a decimal point.
    raw = raw.replace(/[.,]+$/, "");
    const end = start + raw.length;
    if (taken.overlaps(start, end) || isExcludedDigit(text, start, end, raw.replace(/[\s\u00a0\u202f]/g, ""))) continue;
    const value = parseDigits(raw);
    if (value === null) continue;
    let core: Core = { start, end, value, hedge: "exact", leading };
    // Case suffix glued on ("238ге", "26сы"); an approximate suffix makes it approximate ("30дай").
    const suffix = /^-?(\p{Ll}+)/u.exec(text.slice(end));
    if (suffix && KY_SUFFIX_ONLY.test(suffix[1])) {
      core = { ...core, end: end + suffix[0].length, hedge: APPROX_SUFFIX.test(suffix[1]) ? "approx" : "exact" };
    }
    const range = core.end === end ? /^[\s\u00a0]?[-–—][\s\u00a0]?(\d+(?:[.,]\d+)?)(?![\d:])/u.exec(text.slice(core.end)) : null;
    const high = range ? parseDigits(range[1]) : null;
    if (range && high !== null && high > value) {
      // Ranges: "5-7 тысяч", "100–200".
      core = applyScale(text, { ...core, end: core.end + range[0].length, value: null, hedge: "range", low: value, high });
    } else if (core.end === end) {
      releaseVagueScaleAfter(text, end, vague, taken);
      core = applyScale(text, core);
    }
    if (leading) core.start -= leading.length;
    cores.push(core);
    taken.take(core.start, core.end);
  }
  return cores;
}

/** Pass 3: number words, composed left to right: "эки жүз элүү", "жыйырма миң", "twenty thousand". */
export function scanWords(text: string, taken: TakenSpans, vague: Core[], language?: string): Core[] {
  const cores: Core[] = [];
  const words = wordsIn(text);
  const adjacent = (a: Word, b: Word | undefined) => b && /^[\s\u00a0]+$/.test(text.slice(a.end, b.start));
  const lowerOf = (word: Word) => text.slice(word.start, word.end).toLowerCase();
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (!mayBeNumeral(text.charCodeAt(word.start))) continue;
    const lower = lowerOf(word);
    if (!NUMERAL_STARTS.has(lower.slice(0, 2))) continue;
    const start = word.start;
    if (taken.overlaps(start, word.end)) continue;
    let number = wordValue(lower, language);
    // "бир миң" / "бир жүз": one only counts before a scale word.
    const next = words[index + 1];
    if (!number && lower === "бир" && adjacent(word, next) && /^(?:миң|жүз|миллион|миллиард)/u.test(lowerOf(next!))) {
      number = { pattern: "бир", value: 1 };
    }
    if (!number) continue;
    releaseVagueScaleAfter(text, word.end, vague, taken);
    let total = 0;
    let current = number.value;
    let end = word.end;
    let cursor = index;
    while (adjacent(words[cursor], words[cursor + 1])) {
      const following = words[cursor + 1];
      const followingLower = lowerOf(following);
      const exponent = exponentOf(followingLower);
      const more = wordValue(followingLower, language);
      if (exponent > 0 && (!more || more.scale)) {
        if (exponent >= 3) {
          total += timesTenTo(current, exponent);
          current = 0;
        } else current = timesTenTo(current, exponent);
      } else if (more && !more.scale && more.value < current && current >= 10) {
        current += more.value;
      } else break;
      end = following.end;
      cursor += 1;
    }
    total += current;
    cores.push({ start, end, value: total, hedge: lower.match(APPROX_ENDING) ? "approx" : "exact", leading: "" });
    taken.take(start, end);
    index = cursor;
  }
  return cores;
}
