import { pickLabel, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { readableLabelColours } from "@/lib/text/contrast";

type Rating = { key: string; labelEn: string; labelRu: string; labelKy: string; colour: string };

/** The verdict's name in the reader's language on its colour, adjusted where needed so the text reads (WCAG AA). */
export function VerdictLabel({ locale, rating, size = "sm" }: { locale: Locale; rating: Rating | null; size?: "sm" | "lg" }) {
  const sizing = size === "lg" ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs";
  if (!rating) return <span className={`inline-block rounded bg-gray-100 font-semibold text-gray-800 ${sizing}`}>{getMessages(locale)("noVerdict")}</span>;
  const colours = readableLabelColours(rating.colour);
  return (
    <span className={`inline-block rounded font-semibold ${sizing}`} style={{ backgroundColor: colours.background, color: colours.text }} data-verdict={rating.key}>
      {pickLabel(locale, rating)}
    </span>
  );
}
