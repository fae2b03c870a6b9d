import { LOCALE_TAGS, type Locale } from "./locales";
import { getMessages } from "./messages";

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatLocaleDate(locale: Locale, date: Date | null | undefined): string {
  if (!date) return getMessages(locale).dateUnknown;
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

/** "about 20,000 bandits", "около 20 000 bandits": the hedge in the reader's language, the unit as reported. */
export function formatLocaleFigure(locale: Locale, figure: { value: number | null; low?: number | null; high?: number | null; hedge: string | null; unit: string | null }): string {
  const messages = getMessages(locale);
  const unit = figure.unit ? ` ${figure.unit}` : "";
  if (figure.hedge === "RANGE" && figure.low != null && figure.high != null) return `${formatLocaleNumber(locale, figure.low)}–${formatLocaleNumber(locale, figure.high)}${unit}`;
  if (figure.value === null) return messages.vague;
  return `${messages.hedges[figure.hedge ?? "EXACT"] ?? ""}${formatLocaleNumber(locale, figure.value)}${unit}`;
}
