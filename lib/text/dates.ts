/**
 * The day a figure refers to, read from its own sentence: "On 9 January … 164 people",
 * "7,939 … by 10 January", "5-январда … 190 адам", "к 10 января задержаны". A figure whose
 * sentence names no day has none here; callers fall back to the source's date.
 */
const MONTHS: [RegExp, number][] = [
  [/^(?:jan|январ)/iu, 0], [/^(?:feb|феврал)/iu, 1], [/^(?:mar|март)/iu, 2], [/^(?:apr|апрел)/iu, 3], [/^(?:may|ма[йяюе])/iu, 4],
  [/^(?:jun|июн)/iu, 5], [/^(?:jul|июл)/iu, 6], [/^(?:aug|август)/iu, 7], [/^(?:sep|сентябр)/iu, 8], [/^(?:oct|октябр)/iu, 9],
  [/^(?:nov|ноябр)/iu, 10], [/^(?:dec|декабр)/iu, 11],
];
const MONTH_WORD = "(?:january|february|march|april|may|june|july|august|september|october|november|december|январ[ьяеюд]\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяюе]\\p{L}*|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)";
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?(?:[\\s\\u00a0]|-)?(${MONTH_WORD})(?:[\\s\\u00a0,]+(\\d{4}))?`, "giu");
const MONTH_DAY = new RegExp(`(?<![\\p{L}])(january|february|march|april|may|june|july|august|september|october|november|december)[\\s\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?(?:,?[\\s\\u00a0]+(\\d{4}))?(?![\\p{N}])`, "giu");

function monthOf(word: string): number | null {
  for (const [pattern, month] of MONTHS) if (pattern.test(word)) return month;
  return null;
}

function sentenceBounds(text: string, position: number): [number, number] {
  let start = position;
  while (start > 0 && !/[.!?…\n]/u.test(text[start - 1])) start -= 1;
  let end = position;
  while (end < text.length && !/[!?…\n]/u.test(text[end]) && !(text[end] === "." && !/\d/u.test(text[end + 1] ?? ""))) end += 1;
  return [start, end];
}

/** A date named in the sentence around `position` (the nearest before it, else after), or null. */
export function dateNear(text: string, position: number, reference: Date | null): Date | null {
  const [start, end] = sentenceBounds(text, position);
  const sentence = text.slice(start, end);
  const found: { at: number; day: number; month: number; year: number | null }[] = [];
  for (const match of sentence.matchAll(DAY_MONTH)) {
    const month = monthOf(match[2]);
    if (month !== null) found.push({ at: start + match.index, day: Number(match[1]), month, year: match[3] ? Number(match[3]) : null });
  }
  for (const match of sentence.matchAll(MONTH_DAY)) {
    const month = monthOf(match[1]);
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
