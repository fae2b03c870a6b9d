import type { Metadata } from "next";
import { NotFoundBody } from "@/components/site/not-found-body";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { isNotFoundKind } from "@/lib/i18n/not-found";

// The reader's 404 page, one per language and kind (lib/i18n/not-found.ts), kept in the page
// cache like any page: the front door sends it, with status 404, for every address the reader's
// site does not have.

type Props = { params: Promise<{ locale: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : "en")("notFoundTitle"), robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  const { locale, kind } = await params;
  return <NotFoundBody locale={isLocale(locale) ? locale : "en"} kind={isNotFoundKind(kind) ? kind : "page"} />;
}
