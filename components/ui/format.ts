import { formatLocaleDate, formatLocaleFigure } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** A date in the desk's language ("5 January 2022", «5 января 2022 г.»); "date unknown" in it when missing. */
export function formatDate(locale: Locale, date: Date | null | undefined): string {
  return formatLocaleDate(locale, date);
}

/** The desk's reading of a figure ("nearly 10,000 people", «почти 10 000 человек»); null when it has no number. */
export function formatFigure(locale: Locale, figure: { value: number | null; low?: number | null; high?: number | null; hedge: string | null; hedgeWord?: string | null; unit: string | null }): string | null {
  if (figure.value === null && !(figure.hedge === "RANGE" && figure.low != null && figure.high != null)) return null;
  return formatLocaleFigure(locale, { ...figure, hedge: figure.hedge?.toUpperCase() ?? null });
}
