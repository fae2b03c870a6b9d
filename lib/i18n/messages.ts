import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import en from "./messages/en.json";
import ky from "./messages/ky.json";
import ru from "./messages/ru.json";

/**
 * The message catalogs, one file per language in ICU message format (lib/i18n/messages/*.json):
 * the reader's site under `site`, the desk under `desk`, refusals in words under `errors`. A
 * translator edits those files and never code; tests/unit/message-catalogs.test.ts fails on a key
 * missing from a language or a message that does not compile. Content (quotes, passages, verdicts)
 * is never translated here: it has its own versions (lib/translations).
 */
export type Catalog = typeof en;
export const CATALOGS: Record<Locale, Catalog> = { en, ru, ky };

export type SiteMessages = ReturnType<typeof makeSiteMessages>;

function makeSiteMessages(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: "site" });
}

const siteTranslators = new Map<Locale, SiteMessages>();

/** The reader's site's words in a language, for server code that knows its page's locale. */
export function getMessages(locale: Locale): SiteMessages {
  let translator = siteTranslators.get(locale);
  if (!translator) {
    translator = makeSiteMessages(locale);
    siteTranslators.set(locale, translator);
  }
  return translator;
}

/** A language's name in the reader's language ("Russian", «русский»); a code the catalog does not name, as is. */
export function languageName(messages: SiteMessages, code: string): string {
  const key = `languages.${code}` as "languages.en";
  return messages.has(key) ? messages(key) : code;
}
