import Link from "next/link";
import { formatLocaleDate } from "@/lib/i18n/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

type Source = { id: string; title: string; url: string | null; publishedAt: Date | null; outlet: { name: string } | null };
export type PublicEvidence = {
  id: string;
  stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
  passageExact: string;
  note: string | null;
  /** The note's language, when it is not the page's (not yet translated). */
  noteLanguage?: string;
  entry: { id: string; ordinal: number; postedAt: string | null; language: string; source: Source };
};

function EvidenceItem({ locale, item }: { locale: Locale; item: PublicEvidence }) {
  const messages = getMessages(locale);
  const source = item.entry.source;
  return (
    <li className="rounded border border-gray-200 p-3" data-stance={item.stance}>
      <blockquote className="text-sm" lang={item.entry.language}>
        “{item.passageExact}”
      </blockquote>
      <p className="mt-2 text-xs text-muted">
        {source.outlet ? `${source.outlet.name} · ` : ""}
        {source.title} · {formatLocaleDate(locale, source.publishedAt)}
        {item.entry.postedAt ? ` ${item.entry.postedAt}` : ""}
      </p>
      {item.note ? (
        <p className="mt-1 text-sm" lang={item.noteLanguage}>
          {item.note}
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        <Link href={`${localePath(locale, `/sources/${source.id}`)}#entry-${item.entry.ordinal}`} className="text-accent underline">
          {messages("inContext")}
        </Link>
        {source.url ? (
          <a href={source.url} className="text-accent underline" rel="nofollow noopener noreferrer">
            {messages("originalSource")}
          </a>
        ) : null}
      </p>
    </li>
  );
}

function Column({ locale, title, items, id }: { locale: Locale; title: string; items: PublicEvidence[]; id: string }) {
  return (
    <div>
      <h3 id={id} className="font-semibold">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{getMessages(locale)("noneLinked")}</p>
      ) : (
        <ul className="mt-2 space-y-4" aria-labelledby={id}>
          {items.map((item) => (
            <EvidenceItem key={item.id} locale={locale} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** The evidence for and against, side by side on a wide screen; context below. */
export function EvidenceColumns({ locale, evidence }: { locale: Locale; evidence: PublicEvidence[] }) {
  const messages = getMessages(locale);
  const context = evidence.filter((item) => item.stance === "CONTEXT");
  return (
    <>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <Column locale={locale} id="evidence-supports" title={messages("supports")} items={evidence.filter((item) => item.stance === "SUPPORTS")} />
        <Column locale={locale} id="evidence-contradicts" title={messages("contradicts")} items={evidence.filter((item) => item.stance === "CONTRADICTS")} />
      </div>
      {context.length ? (
        <div className="mt-6">
          <Column locale={locale} id="evidence-context" title={messages("context")} items={context} />
        </div>
      ) : null}
    </>
  );
}
