import { formatLocaleFigure } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** The desk's reading of a figure ("nearly 10,000 people", «почти 10 000 человек»); null when it has no number. */
export function formatFigure(locale: Locale, figure: { value: number | null; low?: number | null; high?: number | null; hedge: string | null; hedgeWord?: string | null; unit: string | null }): string | null {
  if (figure.value === null && !(figure.hedge === "RANGE" && figure.low != null && figure.high != null)) return null;
  return formatLocaleFigure(locale, { ...figure, hedge: figure.hedge?.toUpperCase() ?? null });
}
