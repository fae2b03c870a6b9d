import type { Metadata } from "next";
import { LanguageLinks } from "@/components/site/language-links";
import { VerdictLabel } from "@/components/site/verdict-label";
import { findRatingScale } from "@/lib/claims/public-queries";
import { getMessages } from "@/lib/i18n/messages";
import { getSiteIdentity } from "@/lib/identity/queries";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";

export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return pageMetadata({ locale, path: "/how-we-check", title: getMessages(locale)("methodTitle") });
}

export default async function MethodPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  const [ratings, identity] = await Promise.all([findRatingScale(), getSiteIdentity()]);
  // The admin's text (the desk's Site identity), paragraphs separated by blank lines.
  const method = identity.texts[locale].howWeCheck.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return (
    <>
      <LanguageLinks locale={locale} path="/how-we-check" />
      <h1 className="mt-4 text-3xl font-bold">{messages("methodTitle")}</h1>
      <ol className="mt-4 list-decimal space-y-3 pl-5">
        {method.map((paragraph) => (
          <li key={paragraph}>{paragraph}</li>
        ))}
      </ol>
      <h2 className="mt-8 text-xl font-semibold">{messages("verdict")}</h2>
      <ul className="mt-2 space-y-2">
        {ratings.map((rating) => (
          <li key={rating.key}>
            <VerdictLabel locale={locale} rating={rating} />
            {identity.ratings[rating.key]?.[locale] ? <p className="mt-1 text-sm">{identity.ratings[rating.key][locale]}</p> : null}
          </li>
        ))}
      </ul>
      {identity.contactEmail ? (
        <p className="mt-8">
          {messages("contactUs")}: <a className="underline" href={`mailto:${identity.contactEmail}`}>{identity.contactEmail}</a>
        </p>
      ) : null}
    </>
  );
}
