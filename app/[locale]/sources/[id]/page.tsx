import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageLinks } from "@/components/site/language-links";
import { formatLocaleDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";
import { findPublicSource } from "@/lib/sources/public-queries";
import { OutageNotice, outageMetadata } from "@/components/site/outage-notice";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";

export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const source = await unlessOutage(() => findPublicSource({ id }));
  if (source === OUTAGE) return outageMetadata(locale);
  return source ? pageMetadata({ locale, path: `/sources/${source.id}`, title: source.title }) : { title: getMessages(locale)("notFoundTitle") };
}

/** A cited source in full, each entry addressable (#entry-3) so evidence can link to it in context. */
export default async function SourcePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const source = await unlessOutage(() => findPublicSource({ id }));
  if (source === OUTAGE) return <OutageNotice locale={locale} />;
  if (!source) notFound();
  const messages = getMessages(locale);
  return (
    <>
      <LanguageLinks locale={locale} path={`/sources/${source.id}`} />
      <p className="mt-4 text-sm uppercase tracking-wide text-muted">{messages("sourceTitle")}</p>
      <h1 className="text-2xl font-bold" lang={source.language}>
        {source.title}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {source.outlet ? `${source.outlet.name} · ` : ""}
        {formatLocaleDate(locale, source.publishedAt)} · {messages("sourceEntries", { n: source.entries.length })}
        {source.url ? (
          <>
            {" · "}
            <a href={source.url} className="text-accent underline" rel="nofollow noopener noreferrer">
              {messages("originalSource")}
            </a>
          </>
        ) : null}
      </p>
      <ol className="mt-6 space-y-4">
        {source.entries.map((entry) => (
          <li key={entry.id} id={`entry-${entry.ordinal}`} className="scroll-mt-4 rounded border border-gray-200 p-3 target:border-accent target:bg-blue-50" lang={entry.language}>
            {entry.postedAt ? <p className="text-xs font-semibold text-muted">{entry.postedAt}</p> : null}
            {entry.headline ? <p className="font-semibold">{entry.headline}</p> : null}
            <p className="whitespace-pre-line">{entry.text}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
