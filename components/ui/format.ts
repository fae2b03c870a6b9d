const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "date unknown";
}

const HEDGE_WORDS: Record<string, string> = { EXACT: "", APPROX: "about ", AT_LEAST: "at least ", AT_MOST: "up to ", RANGE: "", VAGUE: "" };

export function formatFigure(value: number | null, hedge: string | null, unit: string | null): string | null {
  if (value === null) return null;
  return `${HEDGE_WORDS[hedge ?? "EXACT"] ?? ""}${value.toLocaleString("en-GB")}${unit ? ` ${unit}` : ""}`;
}
