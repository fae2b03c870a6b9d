import { pickLabel, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

type Rating = { key: string; labelEn: string; labelRu: string; labelKy: string; colour: string };

/** The verdict's name in the reader's language on its colour; the colours all pass AA with white text. */
export function VerdictLabel({ locale, rating, size = "sm" }: { locale: Locale; rating: Rating | null; size?: "sm" | "lg" }) {
  const sizing = size === "lg" ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs";
  if (!rating) return <span className={`inline-block rounded bg-gray-100 font-semibold text-gray-800 ${sizing}`}>{getMessages(locale).noVerdict}</span>;
  return (
    <span className={`inline-block rounded font-semibold text-white ${sizing}`} style={{ backgroundColor: rating.colour }} data-verdict={rating.key}>
      {pickLabel(locale, rating)}
    </span>
  );
}
