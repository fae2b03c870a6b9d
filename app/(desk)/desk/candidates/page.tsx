import { getLocale, getTranslations } from "next-intl/server";
import { CandidateQueue } from "@/components/candidates/candidate-queue";
import { languageName } from "@/lib/i18n/messages";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findCandidateFilterOptions, findCandidateQueue } from "@/lib/candidates/queries";
import { candidateFilterSchema } from "@/lib/candidates/schema";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.candidates"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LANGUAGES = ["ky", "ru", "en", "kk", "mixed"] as const;

/** Statements worth checking, spotted in every imported source, highest score and newest first. */
export default async function CandidatesPage({ searchParams }: Props) {
  await requireDeskUser();
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = candidateFilterSchema.parse({ source: first(params.source), language: first(params.language), speaker: first(params.speaker), quantity: first(params.quantity) });
  const [items, options] = await Promise.all([findCandidateQueue({ filter }), findCandidateFilterOptions()]);
  const selects: { name: keyof typeof filter; label: string; options: [string, string][] }[] = [
    { name: "source", label: t("candidates.filterSource"), options: options.sources.map((source) => [source.id, source.title]) },
    { name: "language", label: t("candidates.filterLanguage"), options: LANGUAGES.map((code) => [code, languageName(locale, code)]) },
    { name: "speaker", label: t("candidates.filterSpeaker"), options: options.speakers.map((speaker) => [speaker.id, speaker.name]) },
    { name: "quantity", label: t("candidates.filterQuantity"), options: options.quantities.map((quantity) => [quantity.id, quantity.labelEn]) },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("candidates.title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("candidates.intro")}</p>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-5" aria-label={t("candidates.filterLabel")}>
        {selects.map((select) => (
          <label key={select.name} className="text-sm">
            {select.label}
            <select name={select.name} defaultValue={filter[select.name] ?? ""} className={inputClass}>
              <option value="">{t("candidates.any")}</option>
              {select.options.map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className={`${secondaryButtonClass} self-end`}>{t("candidates.filter")}</button>
      </form>
      <CandidateQueue
        items={items.map(({ speakerText, speakerName, quantityLabel, ...item }) => ({
          ...item,
          speaker: speakerName,
          newSpeaker: speakerName ? null : speakerText,
          quantity: quantityLabel,
        }))}
      />
    </>
  );
}
