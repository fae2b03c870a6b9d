import Link from "next/link";
import { useTranslations } from "next-intl";
import { describeStage, type StageTranslator } from "@/lib/sources/import-stage";
import { wordFor } from "@/lib/i18n/words";
import { HighlightedText } from "./highlighted-text";
import type { Job, Preview } from "./use-import";

/** Each queued file's progress, its error in words, and a link to the source once it landed. */
export function ImportProgress({ jobs }: { jobs: Job[] }) {
  const t = useTranslations("desk.import");
  const stages = useTranslations("desk.importStage") as unknown as StageTranslator;
  return (
    <section aria-labelledby="progress-heading" className="rounded border border-gray-200 bg-white p-3">
      <h2 id="progress-heading" className="font-semibold">{t("progress")}</h2>
      <ul className="mt-2 space-y-2">
        {jobs.map((job) => (
          <li key={job.id} data-testid="import-job">
            <span className="text-sm">{job.fileName || t("queuedFile")}: {describeStage(stages, job.stage)}</span>
            <progress max={100} value={job.progress} className="ml-2 align-middle" aria-label={t("progressOf", { file: job.fileName || t("queuedFile") })} />
            {job.error ? <p className="text-sm text-red-700">{job.error}</p> : null}
            {job.status === "DONE" && job.sourceId ? (
              <Link href={`/desk/sources/${job.sourceId}`} className="ml-2 text-sm underline">
                {t("openSource")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What each file would become, before anything is saved: its entries, figures and what was dropped. */
export function ImportPreview({ previews }: { previews: Preview[] }) {
  const t = useTranslations("desk");
  const languages = useTranslations("languages");
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="text-lg font-semibold">{t("import.previewTitle")}</h2>
      {previews.map((item) =>
        item.ok ? (
          <div key={item.name} className="mt-3 rounded border border-gray-200 bg-white p-3" data-testid="preview">
            <h3 className="font-semibold">{item.source.title}</h3>
            <p className="text-sm text-muted">
              {t("import.previewLine", {
                name: item.name,
                kind: t(`sources.kind.${item.source.kind as "ARTICLE"}`),
                language: wordFor(languages, item.source.language, item.source.language),
                date: item.source.publishedAt?.slice(0, 10) ?? t("import.noDate"),
                entries: item.entries,
                figures: item.figures,
                duplicates: item.dropped.duplicates,
                noise: item.dropped.noise,
              })}
            </p>
            <ol className="mt-2 space-y-1 text-sm">
              {item.sample.map((entry) => (
                <li key={entry.ordinal}>
                  <span className="mr-1 text-muted">{[entry.day, entry.postedAt].filter(Boolean).join(" ") || "—"}</span>
                  {entry.forwardedFrom ? <span className="mr-1 text-muted">({t("entry.forwardedFrom", { origin: entry.forwardedFrom })})</span> : null}
                  <span className="mr-1 rounded bg-gray-100 px-1 text-xs uppercase">{entry.language}</span>
                  {entry.headline ? <strong>{entry.headline}: </strong> : null}
                  <HighlightedText text={entry.text} figures={entry.figures.filter((figure) => figure.field === "text")} />
                </li>
              ))}
            </ol>
          </div>
        ) : (
          <p key={item.name} className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="preview-error">
            {item.message}
          </p>
        ),
      )}
    </section>
  );
}
