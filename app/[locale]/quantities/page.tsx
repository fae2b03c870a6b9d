import type { Metadata } from "next";
import Link from "next/link";
import { LanguageLinks } from "@/components/site/language-links";
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
  return pageMetadata({ locale, path: "/quantities", title: getMessages(locale)("quantitiesTitle") });
}

export default async function QuantitiesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  const quantities = await unlessOutage(findPublicQuantities);
  if (quantities === OUTAGE) return <OutageNotice locale={locale} />;
  return (
    <>
      <LanguageLinks locale={locale} path="/quantities" />
      <h1 className="mt-4 text-3xl font-bold">{messages("quantitiesTitle")}</h1>
      <p className="mt-2 text-muted">{messages("quantityIntro")}</p>
      <ul className="mt-6 divide-y divide-gray-200">
        {quantities.map((quantity) => (
          <li key={quantity.key} className="py-3">
            <Link href={localePath(locale, `/quantities/${quantity.key}`)} className="text-lg font-semibold hover:underline">
              {pickLabel(locale, quantity)}
            </Link>
            <p className="text-sm text-muted">
              {messages("figuresCount", { n: quantity.figures + quantity.claims })} · {formatLocaleDate(locale, quantity.latest)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
