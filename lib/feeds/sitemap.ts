import { LOCALES, localePath, type Locale } from "../i18n/locales";
import { escapeXml } from "./feeds";

// sitemap.xml is an index of smaller sitemaps: the protocol allows 50,000 addresses a file, and
// each verdict has three (one per language).
export const CLAIMS_PER_SITEMAP = 10_000;

/** `languages`: the languages the page exists in (a verdict only in those it has been translated into); all by default. */
export type SitemapPage = { path: string; modified?: Date; languages?: readonly Locale[] };

/** A urlset: each page in each of its languages, with its hreflang alternates. */
export function buildUrlset(pages: SitemapPage[], absolute: (path: string) => string): string {
  const urls = pages.flatMap((page) =>
    (page.languages ?? LOCALES).map((locale) => {
      const alternates = (page.languages ?? LOCALES).map((each) => `    <xhtml:link rel="alternate" hreflang="${each}" href="${escapeXml(absolute(localePath(each, page.path)))}"/>`).join("\n");
      return `  <url>\n    <loc>${escapeXml(absolute(localePath(locale, page.path)))}</loc>${page.modified ? `\n    <lastmod>${page.modified.toISOString()}</lastmod>` : ""}\n${alternates}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

export function buildSitemapIndex(locations: string[]): string {
  const entries = locations.map((location) => `  <sitemap><loc>${escapeXml(location)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

export function sitemapNames(publishedClaims: number): string[] {
  return ["pages.xml", ...Array.from({ length: Math.max(1, Math.ceil(publishedClaims / CLAIMS_PER_SITEMAP)) }, (_, index) => `claims-${index}.xml`)];
}

/** "claims-3.xml" → 3; "pages.xml" → "pages"; anything else → null. */
export function parseSitemapName(name: string): number | "pages" | null {
  if (name === "pages.xml") return "pages";
  const match = /^claims-(\d{1,6})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}
