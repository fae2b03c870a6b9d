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

// Words a day heading may hold besides its date: weekdays and "year", in the three languages.
const HEADING_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
  "дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби",
  "года", "год", "г", "жылы", "жыл", "ж", "year",
]);

/**
 * A live blog's day heading: a line that is only a date ("5 января 2022 года", "Среда, 5 января",
 * "Wednesday 5 January", "5-январь"), as the day of the posts under it; the year, when left out,
 * is the source's. Null for any other line, or when no year can be known.
 */
export function dayHeading(text: string, reference: Date | null): Date | null {
  const line = text.trim();
  if (line.length > 60) return null;
  for (const pattern of [DAY_MONTH, MONTH_DAY]) {
    pattern.lastIndex = 0;
    const match = pattern.exec(line);
    if (!match) continue;
    const [day, monthWord] = pattern === DAY_MONTH ? [match[1], match[2]] : [match[2], match[1]];
    // Around the date: nothing but a weekday and a word for "year".
    const rest = `${line.slice(0, match.index)} ${line.slice(match.index + match[0].length)}`.replace(/[\s,.:;()\-–—]+/gu, " ").trim().toLowerCase();
    if (rest && !rest.split(" ").every((word) => HEADING_WORDS.has(word))) return null;
    const month = monthOfWord(monthWord);
    const year = match[3] ? Number(match[3]) : (reference?.getUTCFullYear() ?? null);
    if (month === null || year === null || Number(day) < 1 || Number(day) > 31) return null;
    let date = new Date(Date.UTC(year, month, Number(day)));
    if (!match[3] && reference && date.getTime() > reference.getTime() + 2 * 86_400_000) date = new Date(Date.UTC(year - 1, month, Number(day)));
    return date;
  }
  return null;
}

/** The instant of a clock time ("16:43") on a day (UTC midnight of it) in a time zone ("Asia/Almaty"). */
export function instantIn(day: Date, clock: string, timeZone: string): Date {
  const [hour, minute] = clock.split(":").map(Number);
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  const format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - Math.floor(instant / 60_000) * 60_000;
  };
  // Twice, so a clock time near a change of offset lands on the right side of it.
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}
