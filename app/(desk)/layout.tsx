import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { CATALOGS } from "@/lib/i18n/messages";
import "../globals.css";

// The desk's root layout, in the user's language (lib/i18n/desk-locale.ts). The reader's site
// has its own (app/[locale]/layout.tsx), in the language of its address.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.shell");
  return { title: { default: t("title"), template: t("titleTemplate", { page: "%s" }) }, robots: { index: false, follow: false } };
}

export default async function DeskRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("desk.shell");
  // The desk's client components need its words and refusals; the reader's site's stay on the server.
  const { desk, errors, languages } = CATALOGS[locale];
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-gray-50 font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={{ desk, errors, languages }}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
