import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { absoluteUrl } from "../site";
import { isLocale, LOCALE_TAGS, LOCALES, localePath, type Locale } from "./locales";

/** The locale a public page was asked for; any other first segment is not a page of ours. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** Canonical address and hreflang alternates of one page in every locale, and the site's feeds for discovery. */
export function localeAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: absoluteUrl(localePath(locale, path)),
    types: { "application/rss+xml": absoluteUrl("/feed.xml"), "application/atom+xml": absoluteUrl("/atom.xml") },
    languages: {
      ...Object.fromEntries(LOCALES.map((each) => [LOCALE_TAGS[each].slice(0, 2), absoluteUrl(localePath(each, path))])),
      "x-default": absoluteUrl(path),
    },
  };
}

export function pageMetadata(options: { locale: Locale; path: string; title: string; description?: string }): Metadata {
  const url = absoluteUrl(localePath(options.locale, options.path));
  return {
    title: options.title,
    description: options.description,
    alternates: localeAlternates(options.locale, options.path),
    openGraph: { title: options.title, description: options.description, url, type: "website", locale: LOCALE_TAGS[options.locale].replace("-", "_") },
  };
}
