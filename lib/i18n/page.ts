import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { absoluteUrl } from "../site";
import { DEFAULT_LOCALE, isLocale, LOCALE_TAGS, LOCALES, localePath, type Locale } from "./locales";

/** The locale a public page was asked for; any other first segment is not a page of ours. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/**
 * Canonical address and hreflang alternates of one page, and the site's feeds in its language for
 * discovery. `languages`: the languages the page exists in (a verdict only in those with its
 * statement and summary); all by default.
 */
export function localeAlternates(locale: Locale, path: string, languages: readonly Locale[] = LOCALES): NonNullable<Metadata["alternates"]> {
  return {
    canonical: absoluteUrl(localePath(locale, path)),
    types: { "application/rss+xml": absoluteUrl(feedPath(locale, "/feed.xml")), "application/atom+xml": absoluteUrl(feedPath(locale, "/atom.xml")) },
    languages: {
      ...Object.fromEntries(languages.map((each) => [LOCALE_TAGS[each].slice(0, 2), absoluteUrl(localePath(each, path))])),
      "x-default": absoluteUrl(path),
    },
  };
}

/** A feed's address in a language: /feed.xml for English, /feed.xml?lang=ru for Russian. */
export function feedPath(locale: Locale, path: "/feed.xml" | "/atom.xml"): string {
  return locale === DEFAULT_LOCALE ? path : `${path}?lang=${locale}`;
}

export function pageMetadata(options: { locale: Locale; path: string; title: string; description?: string; languages?: readonly Locale[] }): Metadata {
  const url = absoluteUrl(localePath(options.locale, options.path));
  return {
    title: options.title,
    description: options.description,
    alternates: localeAlternates(options.locale, options.path, options.languages),
    openGraph: { title: options.title, description: options.description, url, type: "website", locale: LOCALE_TAGS[options.locale].replace("-", "_") },
  };
}
