import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/**
 * A public page while the database is down. data-no-store: the page cache never keeps it
 * (lib/cache/page-cache-handler.cjs); a CDN keeps it for a second only (lib/db/outage.ts).
 */
export function OutageNotice({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  return (
    <>
      <h1 className="mt-4 text-3xl font-bold">{messages("outageTitle")}</h1>
      <p role="alert" className="mt-4 border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="page-unavailable" data-no-store="">
        {messages("outageBody")}
      </p>
    </>
  );
}

/** The same page's metadata: a title that says so, and not for search engines. */
export function outageMetadata(locale: Locale): Metadata {
  return { title: getMessages(locale)("outageTitle"), robots: { index: false } };
}
