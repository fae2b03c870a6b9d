import type { Metadata } from "next";
import { getSiteIdentity } from "@/lib/identity/queries";
import Link from "next/link";
import { LanguageLinks } from "@/components/site/language-links";
import { VerdictLabel } from "@/components/site/verdict-label";
import { findLatestVerdicts } from "@/lib/claims/public-queries";
import { localizeList } from "@/lib/translations/localize";
import { findPublicQuantities } from "@/lib/figures/queries";
import { formatLocaleDate } from "@/lib/i18n/format";
import { localePath, pickLabel } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";
import { OutageNotice } from "@/components/site/outage-notice";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";

export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  const identity = (await getSiteIdentity()).texts[locale];
  return { ...pageMetadata({ locale, path: "/", title: messages("latestTitle"), description: identity.tagline }), title: { absolute: `${identity.name} · ${messages("latestTitle")}` } };
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  const identity = (await getSiteIdentity()).texts[locale];
  const read = await unlessOutage(() => Promise.all([findLatestVerdicts({ limit: 30 }).then((verdicts) => localizeList(verdicts, locale)), findPublicQuantities()]));
  if (read === OUTAGE) return <OutageNotice locale={locale} />;
  const [verdicts, quantities] = read;
  return (
    <>
      <LanguageLinks locale={locale} path="/" />
      <h1 className="mt-4 text-3xl font-bold">{messages("latestTitle")}</h1>
      <p className="mt-2 text-muted">{identity.tagline}</p>
      <div className="mt-6 grid gap-10 md:grid-cols-[2fr_1fr]">
        <section aria-label={messages("latestTitle")}>
          {verdicts.length === 0 ? (
            <p>{messages("noVerdicts")}</p>
          ) : (
            <ul className="divide-y divide-gray-200">
              {verdicts.map((claim) => (
                <li key={claim.slug} className="py-4">
                  <VerdictLabel locale={locale} rating={claim.rating} />
                  <h2 className="mt-1 text-lg font-semibold">
                    <Link href={localePath(locale, `/claims/${claim.slug}`)} className="hover:underline" lang={claim.statementLanguage}>
                      {claim.statement}
                    </Link>
                  </h2>
                  <p className="text-sm text-muted">
                    {claim.speaker ? (
                      <Link href={localePath(locale, `/speakers/${claim.speaker.slug}`)} className="underline">
                        {claim.speaker.name}
                      </Link>
                    ) : (
                      messages("unattributed")
                    )}{" "}
                    · {claim.status === "UPDATED" ? messages("updatedOn", { date: formatLocaleDate(locale, claim.updatedAt) }) : messages("publishedOn", { date: formatLocaleDate(locale, claim.publishedAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="tracked">
          <h2 id="tracked" className="text-lg font-semibold">
            {messages("trackedQuantities")}
          </h2>
          <ul className="mt-2 space-y-2">
            {quantities.map((quantity) => (
              <li key={quantity.key}>
                <Link href={localePath(locale, `/quantities/${quantity.key}`)} className="underline">
                  {pickLabel(locale, quantity)}
                </Link>
                <span className="text-sm text-muted"> · {messages("figuresCount", { n: quantity.figures + quantity.claims })}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
