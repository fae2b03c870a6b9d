import { MONTH_WORD, MONTHS, monthOfWord } from "./lexicon";

/**
 * The day a figure refers to, read from its own sentence: "On 9 January … 164 people",
 * "7,939 … by 10 January", "5-январда … 190 адам", "к 10 января задержаны". A figure whose
 * sentence names no day has none here; callers fall back to the source's date.
 */
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?(?:[\\s\\u00a0]|-)?(${MONTH_WORD})(?:[\\s\\u00a0,]+(\\d{4}))?`, "giu");
const MONTH_DAY = new RegExp(`(?<![\\p{L}])(${MONTH_WORD})[\\s\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?(?:,?[\\s\\u00a0]+(\\d{4}))?(?![\\p{N}])`, "giu");

// The period of an abbreviation ("7 янв.", "15 тыс.") does not end the sentence.
const ABBREVIATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTHS.flatMap((month) => month.short).join("|")}|тыс|млн|млрд|долл|чел)$`, "iu");

function endsSentence(text: string, index: number, leftward: boolean): boolean {
  const char = text[index];
  if (/[!?…\n]/u.test(char)) return true;
  if (char !== ".") return false;
  if (!leftward && /\d/u.test(text[index + 1] ?? "")) return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, index - 5), index));
}

function sentenceBounds(text: string, position: number): [number, number] {
  let start = position;
  while (start > 0 && !endsSentence(text, start - 1, true)) start -= 1;
  let end = position;
  while (end < text.length && !endsSentence(text, end, false)) end += 1;
  return [start, end];
}

/** A date named in the sentence around `position` (the nearest before it, else after), or null. */
export function dateNear(text: string, position: number, reference: Date | null): Date | null {
  const [start, end] = sentenceBounds(text, position);
  const sentence = text.slice(start, end);
  const found: { at: number; day: number; month: number; year: number | null }[] = [];
  for (const match of sentence.matchAll(DAY_MONTH)) {
    const month = monthOfWord(match[2]);
    if (month !== null) found.push({ at: start + match.index, day: Number(match[1]), month, year: match[3] ? Number(match[3]) : null });
  }
  for (const match of sentence.matchAll(MONTH_DAY)) {
    const month = monthOfWord(match[1]);
    if (month !== null) found.push({ at: start + match.index, day: Number(match[2]), month, year: match[3] ? Number(match[3]) : null });
  }
  const valid = found.filter((date) => date.day >= 1 && date.day <= 31);
  if (valid.length === 0) return null;
  const before = valid.filter((date) => date.at < position).sort((a, b) => b.at - a.at);
  const chosen = before[0] ?? valid.sort((a, b) => a.at - b.at)[0];
  const year = chosen.year ?? reference?.getUTCFullYear() ?? null;
  if (year === null) return null;
  let date = new Date(Date.UTC(year, chosen.month, chosen.day));
  // "On 20 December" in a report of 5 January is last year's December.
  if (!chosen.year && reference && date.getTime() > reference.getTime() + 2 * 86_400_000) date = new Date(Date.UTC(year - 1, chosen.month, chosen.day));
  return date;
}
