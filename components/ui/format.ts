import { formatLocaleFigure } from "@/lib/i18n/format";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "date unknown";
}

/** The desk's English reading of a figure ("about 20,000 people"); null when it has no number. */
export function formatFigure(value: number | null, hedge: string | null, unit: string | null): string | null {
  return value === null ? null : formatLocaleFigure("en", { value, hedge, unit });
}
