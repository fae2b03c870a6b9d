import { useTranslations } from "next-intl";
import { readableLabelColours } from "@/lib/text/contrast";

export function VerdictBadge({ rating }: { rating: { labelEn: string; colour: string } | null }) {
  const t = useTranslations("desk.review");
  if (!rating) return <span className="rounded bg-gray-100 px-2 py-0.5 text-xs font-semibold text-gray-700">{t("noVerdict")}</span>;
  const colours = readableLabelColours(rating.colour);
  return (
    <span className="inline-block rounded px-2 py-0.5 text-xs font-semibold" style={{ backgroundColor: colours.background, color: colours.text }}>
      {rating.labelEn}
    </span>
  );
}
