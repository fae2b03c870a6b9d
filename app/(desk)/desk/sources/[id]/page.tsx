import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/messages";
import { notFound } from "next/navigation";
import { EntryCandidates } from "@/components/candidates/entry-candidates";
import { EntryProvenance } from "@/components/sources/entry-provenance";
import { HighlightedText } from "@/components/sources/highlighted-text";
import { findEntryCandidates } from "@/lib/candidates/queries";
import { AlreadyChecked } from "@/components/claims/repeats";
import { findEntriesAlreadyChecked } from "@/lib/claims/desk-queries";
import { formatLocaleDate } from "@/lib/i18n/format";
import { findSourceWithEntries } from "@/lib/sources/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };


export default async function SourcePage({ params }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const source = await findSourceWithEntries({ id: (await params).id });
  if (!source) notFound();
  const entryIds = source.entries.map((entry) => entry.id);
  const [candidates, checked] = await Promise.all([findEntryCandidates({ entryIds }), findEntriesAlreadyChecked({ entryIds })]);
  const dropped = (Array.isArray(source.dropped) ? source.dropped : []) as { reason: string; text: string; source?: string }[];
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  const figures = source.entries.reduce((sum, entry) => sum + entry.figures.length, 0);
  return (
    <>
      <h1 className="text-2xl font-bold">{source.title}</h1>
      <p className="mt-1 text-sm text-muted">
        {t("sources.line", {
          outlet: source.outlet?.name ?? t("sources.noOutlet"),
          kind: t(`sources.kind.${source.kind}`),
          language: languageName(locale, source.language),
          published: formatLocaleDate(locale, source.publishedAt),
          imported: formatLocaleDate(locale, source.importedAt),
        })}
        {source.importedBy ? ` ${t("sources.importedBy", { name: source.importedBy.name })}` : ""}
      </p>
      <p className="mt-1 text-sm">
        {t("sources.counts", { entries: source.entries.length, figures, dropped: dropped.length })}
      </p>

      <ol className="mt-6 space-y-3" aria-label={t("sources.entries")}>
        {source.entries.map((entry) => (
          <li key={entry.id} id={`entry-${entry.ordinal}`} className="rounded border border-gray-200 bg-white p-3" data-testid="entry">
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
              <Link href={`/desk/entries/${entry.id}`} className="underline" aria-label={t("sources.openEntry", { ordinal: entry.ordinal })}>
                #{entry.ordinal}
              </Link>
              <EntryProvenance entry={entry} />
              <span className="rounded bg-gray-100 px-1.5 py-0.5 font-semibold uppercase" title={languageName(locale, entry.language)}>
                {entry.language}
              </span>
            </div>
            {entry.headline ? (
              <h2 className="mt-1 font-semibold" lang={entry.language}>
                <HighlightedText text={entry.headline} figures={entry.figures.filter((figure) => figure.field === "headline")} />
              </h2>
            ) : null}
            <p className="mt-1 whitespace-pre-line" lang={entry.language}>
              <HighlightedText text={entry.text} figures={entry.figures.filter((figure) => figure.field === "text")} />
            </p>
            <AlreadyChecked checked={checked.filter((item) => item.entryId === entry.id)} />
            <EntryCandidates text={entry.text} candidates={candidates.filter((candidate) => candidate.entryId === entry.id)} />
          </li>
        ))}
      </ol>

      <details className="mt-8 rounded border border-gray-200 bg-white p-3">
        <summary className="cursor-pointer font-semibold">{t("sources.dropped", { n: dropped.length })}</summary>
        <p className="mt-2 text-sm text-muted">{t("sources.droppedHint")}</p>
        <ul className="mt-2 space-y-1 text-sm">
          {dropped.map((item, index) => (
            <li key={index}>
              <span className="mr-2 rounded bg-gray-100 px-1.5 text-xs uppercase">{item.reason}</span>
              {item.text.length > 300 ? `${item.text.slice(0, 300)}…` : item.text}
              {item.source ? <span className="text-muted"> {t("sources.alreadyIn", { source: item.source })}</span> : null}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
