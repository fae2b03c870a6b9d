import { hedgeWordOf } from "../text/hedge-words";
import { kyrgyzEnding } from "./kyrgyz-numerals";
import { LOCALE_TAGS, type Locale } from "./locales";
import { getMessages } from "./messages";

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatLocaleDate(locale: Locale, date: Date | null | undefined): string {
  if (!date) return getMessages(locale)("dateUnknown");
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

// One formatter per locale: toLocaleString(locale) builds a new one on every call, which a
// table of thousands of figures notices.
export function formatLocaleNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A unit in the reader's language ("people", «человека», "адам"); one the importer does not know, as worded. */
export function formatLocaleUnit(locale: Locale, unit: string | null, value: number): string {
  if (!unit) return "";
  const messages = getMessages(locale);
  const key = `units.${unit}` as "units.people";
  return messages.has(key) ? messages(key, { n: value }) : unit;
}

/**
 * "nearly 10,000 people", «почти 10 000 человек», "10 000ге жакын адам": the hedge as the source
 * worded it (or its class's word) and the unit, in the reader's language.
 */
export function formatLocaleFigure(
  locale: Locale,
  figure: { value: number | null; low?: number | null; high?: number | null; hedge: string | null; hedgeWord?: string | null; unit: string | null },
): string {
  const messages = getMessages(locale);
  const unitFor = (value: number) => {
    const unit = formatLocaleUnit(locale, figure.unit, value);
    return unit ? (unit === "%" ? unit : ` ${unit}`) : "";
  };
  if (figure.hedge === "RANGE" && figure.low != null && figure.high != null) return `${formatLocaleNumber(locale, figure.low)}–${formatLocaleNumber(locale, figure.high)}${unitFor(figure.high)}`;
  if (figure.value === null) return messages("vague");
  const number = formatLocaleNumber(locale, figure.value);
  const word = hedgeWordOf(figure);
  return `${word ? messages(`hedgeWords.${word}`, { n: number, ...(locale === "ky" ? { dative: kyrgyzEnding(figure.value, "dative"), ablative: kyrgyzEnding(figure.value, "ablative") } : {}) }) : number}${unitFor(figure.value)}`;
}
