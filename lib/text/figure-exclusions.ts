/**
 * Digits that are not figures: dates, years, clock times, list markers, ordinals and names like
 * "Ил-76" or "Мир 24". One rule per line, each with an example of what it keeps out.
 */
import { APPROX_SUFFIX, MONTH_WORD } from "./lexicon";

const MONTH_AFTER = new RegExp(`^[-\\s\\u00a0]?${MONTH_WORD}`, "iu");
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\.?[\\s\\u00a0]$`, "iu");
const YEAR_AFTER = /^[-\s\u00a0]?(?:жыл|ж\.|год|гг?\.|year|yr)/iu;
const YEAR_BEFORE = /(?:\b(?:in|since|by|of|until|from)|(?<![\p{L}])(?:в|с|до|к|по))[\s\u00a0]$/iu;

/** Whether the digits `raw` at text[start, end) are something other than a figure. */
export function isExcludedDigit(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const prev = text[start - 1] ?? "";
  // Names and codes: "Мир24", "Ил-76", "PSR1MAx", "COVID-19", URLs.
  if (/[\p{L}_/]/u.test(prev) || /[\p{L}]-$/u.test(before) || /[\p{L}\d]\.$/u.test(before) && !/\s$/.test(before)) return true;
  if (/^[A-Za-z]/.test(after)) return true;
  if (/^[:.]\d/.test(after) && /^[:]\d{2}/.test(after)) return true; // 16:00 (hours part)
  if (/\d:$/.test(before)) return true; // 16:00 (minutes part)
  if (/^-\d{2}-\d{2}/.test(after) || /\d{4}-(?:\d{2}-)?$/.test(before)) return true; // 2026-01-05
  if (/^\d{1,2}\.\d{2}\.\d{2,4}$/.test(raw + after.slice(0, 8).match(/^\.\d{2}\.\d{2,4}/)?.[0])) return true;
  if (/^[.]\d{2}\.\d{2,4}/.test(after) || /\d{1,2}\.\d{2}\.$/.test(before)) return true; // 05.01.2022
  if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true; // "5 января", "5 янв.", "2-январда", "January 7"
  const value = Number(raw);
  if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) {
    if (YEAR_AFTER.test(after) || YEAR_BEFORE.test(before) || /^-\p{L}/u.test(after) || /^[\s\u00a0]*(?:[.,;)]|$)/u.test(after)) return true;
  }
  // Ordinals and adjectives: "10-летняя", "3-й", "1993-жылкы" (but "30-дай" is approximate).
  const hyphenWord = /^-(\p{L}+)/u.exec(after);
  if (hyphenWord && !APPROX_SUFFIX.test(hyphenWord[1])) return true;
  // List markers: "1. Саясий", "өзгөртүү2. Ар", "- 3. ".
  if (/^\.[\s\u00a0]*[\p{Lu}"«]/u.test(after) && /^\d{1,2}$/.test(raw) && (/(?:^|[\n:;]|[\p{L})"»][\s\u00a0]?|[-–•][\s\u00a0])$/u.test(before) || start === 0)) return true;
  if (/(?:№|No\.?|#)[\s\u00a0]?$/u.test(before)) return true;
  // Quoted names with a number: "Хабар 24", «Мир 24».
  if (/["«“]\p{Lu}[\p{L}-]*[\s\u00a0]$/u.test(before) && /^["»”]/u.test(after)) return true;
  return false;
}
