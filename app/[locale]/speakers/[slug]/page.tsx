import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LanguageLinks } from "@/components/site/language-links";
import { VerdictLabel } from "@/components/site/verdict-label";
import { findSpeakerPage } from "@/lib/actors/queries";
import { localizeSpeaker } from "@/lib/translations/localize";
import { formatLocaleDate } from "@/lib/i18n/format";
import { localePath, pickLabel } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";
import { OutageNotice, outageMetadata } from "@/components/site/outage-notice";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";

export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const speaker = await unlessOutage(() => findSpeakerPage({ slug }));
  if (speaker === OUTAGE) return outageMetadata(locale);
  const messages = getMessages(locale);
  return speaker ? pageMetadata({ locale, path: `/speakers/${speaker.slug}`, title: messages("speakerTitle", { name: speaker.name }) }) : { title: messages("notFoundTitle") };
}

export default async function SpeakerPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const found = await unlessOutage(() => findSpeakerPage({ slug }));
  if (found === OUTAGE) return <OutageNotice locale={locale} />;
  if (!found) notFound();
  // The speaker's name and title, and their verdicts' statements, in the reader's language where translated.
  const speaker = await localizeSpeaker(found, locale);
  const messages = getMessages(locale);
  const total = speaker.claims.length;
  return (
    <>
      <LanguageLinks locale={locale} path={`/speakers/${speaker.slug}`} />
      <h1 className="mt-4 text-3xl font-bold">{messages("speakerTitle", { name: speaker.name })}</h1>
      {speaker.title ? <p className="mt-1 text-muted">{speaker.title}</p> : null}
      {speaker.aliases.length ? (
        <p className="mt-1 text-sm text-muted">
          {messages("alsoSpelled")}: {speaker.aliases.join(", ")}
        </p>
      ) : null}

      <section aria-labelledby="ratings" className="mt-6">
        <h2 id="ratings" className="text-lg font-semibold">
          {messages("speakerRatings")}
        </h2>
        <ul className="mt-2 space-y-1" data-testid="speaker-ratings">
          {speaker.ratings.map(({ rating, count }) => (
            <li key={rating.key} className="flex items-center gap-3">
              <span className="w-40">
                <VerdictLabel locale={locale} rating={rating} />
              </span>
              <span aria-hidden="true" className="inline-block h-3 rounded" style={{ width: `${Math.max(4, (count / total) * 240)}px`, backgroundColor: rating.colour }} />
              <span>
                {count} / {total}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="claims" className="mt-8">
        <h2 id="claims" className="text-lg font-semibold">
          {messages("claimsHeading")} ({total})
        </h2>
        <ul className="mt-2 divide-y divide-gray-200">
          {speaker.claims.map((claim) => (
            <li key={claim.slug} className="py-3">
              <VerdictLabel locale={locale} rating={claim.rating} />
              <p className="mt-1 font-semibold">
                <Link href={localePath(locale, `/claims/${claim.slug}`)} className="hover:underline" lang={claim.statementLanguage}>
                  {claim.statement}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {formatLocaleDate(locale, claim.saidAt ?? claim.publishedAt)}
                {claim.rating ? ` · ${pickLabel(locale, claim.rating)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
