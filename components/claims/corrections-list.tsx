import { useLocale, useTranslations } from "next-intl";
import { formatLocaleDate } from "@/lib/i18n/format";

/** A published claim's public corrections, newest first, with who made them. */
export function CorrectionsList({ corrections }: { corrections: { id: string; note: string; createdAt: Date; createdBy: { name: string } }[] }) {
  const t = useTranslations("desk.claim");
  const locale = useLocale();
  if (corrections.length === 0) return null;
  return (
  <section aria-labelledby="corrections-heading" className="mt-8 text-sm">
    <h2 id="corrections-heading" className="text-lg font-semibold">
      {t("corrections")}
    </h2>
    <ul className="mt-2 space-y-1">
      {corrections.map((correction) => (
        <li key={correction.id}>
          {t("correctionLine", { date: formatLocaleDate(locale, correction.createdAt), name: correction.createdBy.name, note: correction.note })}
        </li>
      ))}
    </ul>
  </section>
  );
}
