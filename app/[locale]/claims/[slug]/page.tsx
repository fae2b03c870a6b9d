import type { Metadata } from "next";
import { siteName } from "@/lib/identity/queries";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceColumns } from "@/components/site/evidence-columns";
import { LanguageLinks } from "@/components/site/language-links";
import { OutageNotice, outageMetadata } from "@/components/site/outage-notice";
import { ShareLinks } from "@/components/site/share-links";
import { VerdictLabel } from "@/components/site/verdict-label";
import { Attribution } from "@/components/site/attribution";
import { VerdictTimeline } from "@/components/site/verdict-timeline";
import { buildClaimReview, jsonForScript } from "@/lib/claims/claim-review";
import { findPublishedClaim } from "@/lib/claims/public-queries";
import { findVerdictPage } from "@/lib/claims/verdict-page";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";
import { formatLocaleDate, formatLocaleFigure } from "@/lib/i18n/format";
import { localePath, pickLabel } from "@/lib/i18n/locales";
import { getMessages, languageName } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";
import { absoluteUrl, siteUrl } from "@/lib/site";
import { localizeClaim } from "@/lib/translations/localize";
import { pageLanguages } from "@/lib/translations/queries";

export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const claim = await unlessOutage(() => findPublishedClaim({ slug }));
  if (claim === OUTAGE) return outageMetadata(locale);
  if (!claim) return { title: getMessages(locale)("notFoundTitle") };
  const [shown, languages] = await Promise.all([localizeClaim(claim, locale), pageLanguages([claim])]);
  const verdict = claim.rating ? pickLabel(locale, claim.rating) : getMessages(locale)("noVerdict");
  const description = `${verdict}. ${shown.verdictSummary ?? ""}`.slice(0, 300);
  // hreflang names only the languages the verdict has been translated into.
  const base = pageMetadata({ locale, path: `/claims/${claim.slug}`, title: shown.statement, description, languages: languages.get(claim.id) });
  return { ...base, openGraph: { ...base.openGraph, type: "article" }, twitter: { card: "summary_large_image", title: shown.statement, description } };
}

export default async function ClaimPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const read = await unlessOutage(() => findVerdictPage({ slug }));
  if (read === OUTAGE) return <OutageNotice locale={locale} />;
  if (!read) notFound();
  const { timeline, repeats, shows, made } = read;
  // Each text in the reader's language where a reviewed translation exists; the rest is marked as English.
  const claim = await localizeClaim(read.claim, locale);
  const messages = getMessages(locale);
  const inOriginal = (language: string) => (language !== locale ? <span className="ml-2 align-middle text-xs font-normal text-muted">({messages("inEnglish")})</span> : null);
  const translations = Object.entries((claim.translations ?? {}) as Record<string, string>).filter(([language, text]) => text && language !== claim.quoteLanguage);
  const figure = claim.figureHedge ? formatLocaleFigure(locale, { value: claim.figureValue, low: claim.figureLow, high: claim.figureHigh, hedge: claim.figureHedge, hedgeWord: claim.figureHedgeWord, unit: claim.figureUnit }) : null;
  const url = absoluteUrl(localePath(locale, `/claims/${claim.slug}`));
  const review = buildClaimReview(claim, { url: siteUrl(), name: await siteName(locale), pageUrl: url, inLanguage: claim.shownIn.statement, ratingLabel: claim.rating ? pickLabel(locale, claim.rating) : undefined });
  const quantityLabel = claim.quantity ? pickLabel(locale, claim.quantity) : "";
  return (
    // data-cache-shows: what this page shows; data-cache-made: made from a timeline remembered from
    // before a publication. Both read by the page cache (lib/cache/page-cache-handler.cjs).
    <article data-cache-shows={shows} data-cache-made={made}>
      {/* JSON-LD must be raw script text; jsonForScript escapes "<" so no field can close the tag. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(review) }} />
      <LanguageLinks locale={locale} path={`/claims/${claim.slug}`} />
      <p className="mt-4">
        <VerdictLabel locale={locale} rating={claim.rating} size="lg" />
      </p>
      {claim.untranslated ? (
        <p className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm" data-testid="untranslated">
          {messages("untranslatedNotice")}
        </p>
      ) : null}
      <h1 className="mt-2 text-3xl font-bold">
        <span lang={claim.shownIn.statement}>{claim.statement}</span>
        {inOriginal(claim.shownIn.statement)}
      </h1>

      <figure className="mt-6 border-l-4 border-gray-300 pl-4">
        <figcaption className="text-sm text-muted">
          {messages("originalQuote")} ({languageName(locale, claim.quoteLanguage)})
        </figcaption>
        <blockquote lang={claim.quoteLanguage} className="mt-1 text-lg" data-testid="quote">
          “{claim.quoteOriginal}”
        </blockquote>
      </figure>

      {translations.length > 0 ? (
        <section aria-labelledby="translations" className="mt-4">
          <h2 id="translations" className="text-sm font-semibold uppercase tracking-wide text-muted">
            {messages("translations")}
          </h2>
          <ul className="mt-2 space-y-1">
            {translations.map(([language, text]) => (
              <li key={language}>
                <span className="mr-2 text-xs font-semibold uppercase text-muted">{language}</span>
                <span lang={language}>{text}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Attribution locale={locale} claim={claim} />

      {figure ? (
        <p className="mt-4" data-testid="figure-claimed">
          <span className="font-semibold">{messages("figureClaimed")}:</span> {figure}
          {claim.quantity ? (
            <>
              {" — "}
              <Link href={localePath(locale, `/quantities/${claim.quantity.key}`)} className="text-accent underline">
                {quantityLabel}
              </Link>
            </>
          ) : null}
          {claim.figureAsOf ? <span className="text-muted"> ({messages("figureAsOf", { date: formatLocaleDate(locale, claim.figureAsOf) })})</span> : null}
        </p>
      ) : null}

      <section aria-labelledby="verdict" className="mt-8 rounded border border-gray-300 p-4">
        <h2 id="verdict" className="text-xl font-semibold">
          {messages("verdict")}: {claim.rating ? pickLabel(locale, claim.rating) : messages("noVerdict")}
        </h2>
        <p className="mt-2 whitespace-pre-line" lang={claim.shownIn.verdictSummary} data-testid="verdict-summary">
          {claim.verdictSummary}
        </p>
        {claim.verdictSummary ? inOriginal(claim.shownIn.verdictSummary) : null}
        <p className="mt-2 text-sm text-muted">
          {messages("publishedOn", { date: formatLocaleDate(locale, claim.publishedAt) })}
          {claim.status === "UPDATED" ? ` · ${messages("updatedOn", { date: formatLocaleDate(locale, claim.updatedAt) })}` : ""} ·{" "}
          <Link href={localePath(locale, "/how-we-check")} className="text-accent underline">
            {messages("methodLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="evidence" className="mt-8">
        <h2 id="evidence" className="text-xl font-semibold">
          {messages("evidence")}
        </h2>
        <EvidenceColumns locale={locale} evidence={claim.evidence} />
      </section>

      {timeline && claim.quantity ? <VerdictTimeline locale={locale} timeline={timeline} claimId={claim.id} quantity={{ key: claim.quantity.key, label: quantityLabel }} /> : null}

      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="text-xl font-semibold">
          {claim.corrections.length ? messages("corrections") : messages("history")}
        </h2>
        <ul className="mt-2 space-y-2 text-sm">
          {claim.corrections.map((correction) => (
            <li key={correction.id}>
              <span className="text-muted">
                {messages("historyCorrected")} {formatLocaleDate(locale, correction.createdAt)}:
              </span>{" "}
              <span lang={correction.noteLanguage}>{correction.note}</span>
            </li>
          ))}
          <li>
            <span className="text-muted">{messages("historyPublished")}:</span> {formatLocaleDate(locale, claim.publishedAt)}
          </li>
        </ul>
      </section>

      {repeats.length ? (
        <section aria-labelledby="repeats" className="mt-8 text-sm" data-testid="repeated-by">
          <h2 id="repeats" className="text-xl font-semibold">
            {messages("repeatedSince", { n: repeats.length })}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {repeats.map((repeat) => (
              <li key={repeat.sourceId}>
                {repeat.public ? (
                  <Link href={`${localePath(locale, `/sources/${repeat.sourceId}`)}#entry-${repeat.ordinal}`} className="text-accent underline">
                    {repeat.title}
                  </Link>
                ) : (
                  repeat.title
                )}
                {repeat.outlet ? ` · ${repeat.outlet}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ShareLinks locale={locale} url={url} title={claim.statement} />
    </article>
  );
}
