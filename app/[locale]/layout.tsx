import type { Metadata } from "next";
import Link from "next/link";
import "../globals.css";
import { SiteHeader } from "@/components/ui/site-header";
import { isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { feedPath } from "@/lib/i18n/page";
import { getSiteIdentity } from "@/lib/identity/queries";
import { siteUrl } from "@/lib/site";

// The reader's site: its own root layout, so <html lang> is the page's language.
type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// No page is rendered at build time (the build has no database); each is rendered on its first
// request and then served from the page cache until an editor's change flushes it.
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: asked } = await params;
  const locale: Locale = isLocale(asked) ? asked : "en";
  const identity = (await getSiteIdentity()).texts[locale];
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: identity.name, template: `%s · ${identity.name}` },
    description: identity.description || identity.tagline,
    alternates: { types: { "application/rss+xml": feedPath(locale, "/feed.xml"), "application/atom+xml": feedPath(locale, "/atom.xml") } },
  };
}

export default async function PublicLayout({ children, params }: Props) {
  const { locale: asked } = await params;
  // An unknown first segment ("/favicon.png", "/desk/nope") still gets the site's 404, in English.
  const locale: Locale = isLocale(asked) ? asked : "en";
  const messages = getMessages(locale);
  const identity = (await getSiteIdentity()).texts[locale];
  const nav = [
    { href: localePath(locale, "/"), label: messages("navLatest") },
    { href: localePath(locale, "/search"), label: messages("navSearch") },
    { href: localePath(locale, "/quantities"), label: messages("navFigures") },
    { href: localePath(locale, "/how-we-check"), label: messages("navMethod") },
  ];
  return (
    // data-document: the page cache serves this page without its client runtime (lib/cache/reader-document.cjs).
    <html lang={locale} data-document="">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {messages("skipToContent")}
        </a>
        <SiteHeader links={nav} label={messages("mainMenu")} home={localePath(locale, "/")} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl border-t border-gray-200 px-4 py-6 text-sm text-muted">
          <p>{messages("footer", { name: identity.name })}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <span>{messages("feeds")}:</span>
            <a href={feedPath(locale, "/feed.xml")} className="underline">RSS</a>
            <a href={feedPath(locale, "/atom.xml")} className="underline">Atom</a>
            <a href="/claim-reviews.json" className="underline">ClaimReview</a>
            <a href="/api/v1/openapi.json" className="underline">{messages("api")}</a>
            <Link href="/desk" className="underline" prefetch={false}>
              {messages("desk")}
            </Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
