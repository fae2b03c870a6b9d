import { CandidateQueue } from "@/components/candidates/candidate-queue";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findCandidateFilterOptions, findCandidateQueue } from "@/lib/candidates/queries";
import { candidateFilterSchema } from "@/lib/candidates/schema";

export const dynamic = "force-dynamic";
export const metadata = { title: "To check" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LANGUAGES: [string, string][] = [["ky", "Kyrgyz"], ["ru", "Russian"], ["en", "English"], ["kk", "Kazakh"], ["mixed", "Mixed"]];

/** Statements worth checking, spotted in every imported source, highest score and newest first. */
export default async function CandidatesPage({ searchParams }: Props) {
  await requireDeskUser();
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = candidateFilterSchema.parse({ source: first(params.source), language: first(params.language), speaker: first(params.speaker), quantity: first(params.quantity) });
  const [items, options] = await Promise.all([findCandidateQueue({ filter }), findCandidateFilterOptions()]);
  const selects: { name: keyof typeof filter; label: string; options: [string, string][] }[] = [
    { name: "source", label: "Source", options: options.sources.map((source) => [source.id, source.title]) },
    { name: "language", label: "Language", options: LANGUAGES },
    { name: "speaker", label: "Speaker", options: options.speakers.map((speaker) => [speaker.id, speaker.name]) },
    { name: "quantity", label: "Quantity", options: options.quantities.map((quantity) => [quantity.id, quantity.labelEn]) },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">To check</h1>
      <p className="mt-1 text-sm text-muted">Statements the importer found worth checking: figures, attributions, quotes, absolute and charged wording. Press ? for the keys.</p>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-5" aria-label="Filter the queue">
        {selects.map((select) => (
          <label key={select.name} className="text-sm">
            {select.label}
            <select name={select.name} defaultValue={filter[select.name] ?? ""} className={inputClass}>
              <option value="">Any</option>
              {select.options.map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className={`${secondaryButtonClass} self-end`}>Filter</button>
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
