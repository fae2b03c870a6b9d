import { useLocale, useTranslations } from "next-intl";
import { pickLabel } from "@/lib/i18n/locales";
import { readableLabelColours } from "@/lib/text/contrast";

/** A verdict's name in the desk's language (the admin gives each in three), on its colour. */
export function VerdictBadge({ rating }: { rating: { labelEn: string; labelRu: string; labelKy: string; colour: string } | null }) {
  const locale = useLocale();
  const t = useTranslations("desk.review");
  if (!rating) return <span className="rounded bg-gray-100 px-2 py-0.5 text-xs font-semibold text-gray-700">{t("noVerdict")}</span>;
  const colours = readableLabelColours(rating.colour);
  return (
    <span className="inline-block rounded px-2 py-0.5 text-xs font-semibold" style={{ backgroundColor: colours.background, color: colours.text }}>
      {pickLabel(locale, rating)}
    </span>
  );
}
