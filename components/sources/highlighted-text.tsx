import { useLocale, useTranslations } from "next-intl";
import { formatFigure } from "../ui/format";

type Span = { start: number; end: number; text: string; value: number | null; low?: number | null; high?: number | null; hedge: string; hedgeWord?: string | null; unit: string | null };

/** Text with its figures marked; every piece is rendered as text, never as HTML. */
export function HighlightedText({ text, figures }: { text: string; figures: Span[] }) {
  const locale = useLocale();
  const t = useTranslations("desk.entry");
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const figure of figures) {
    if (figure.start < cursor || text.slice(figure.start, figure.end) !== figure.text) continue;
    parts.push(text.slice(cursor, figure.start));
    // Stored hedges are upper case (EXACT); the parse preview's are lower case (exact).
    const reading = formatFigure(locale, figure) ?? t("noNumber");
    parts.push(
      <mark key={figure.start} className="rounded bg-amber-100 px-0.5" title={reading} data-figure={figure.value ?? ""}>
        {figure.text}
      </mark>,
    );
    cursor = figure.end;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}
