import { formatLocaleFigure } from "@/lib/i18n/format";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "date unknown";
}

/** The desk's English reading of a figure ("nearly 10,000 people"); null when it has no number. */
export function formatFigure(figure: { value: number | null; low?: number | null; high?: number | null; hedge: string | null; hedgeWord?: string | null; unit: string | null }): string | null {
  if (figure.value === null && !(figure.hedge === "RANGE" && figure.low != null && figure.high != null)) return null;
  return formatLocaleFigure("en", { ...figure, hedge: figure.hedge?.toUpperCase() ?? null });
}
