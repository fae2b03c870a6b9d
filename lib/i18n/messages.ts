import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { wordFor } from "./words";
import en from "./messages/en.json";
import ky from "./messages/ky.json";
import ru from "./messages/ru.json";

/**
 * The message catalogs, one file per language in ICU message format (lib/i18n/messages/*.json):
 * the reader's site under `site`, the desk under `desk`, refusals in words under `errors`, and
 * the names of languages under `languages`, for both. A translator edits those files and never
 * code; lib/i18n/messages.test.ts fails on a key missing from a language or a message that does
 * not compile. Content (quotes, passages, verdicts)
 * is never translated here: it has its own versions (lib/translations).
 */
export type Catalog = typeof en;
export const CATALOGS: Record<Locale, Catalog> = { en, ru, ky };

/** One translator per language, made on first use. */
function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let translator = made.get(locale);
    if (!translator) {
      translator = make(locale);
      made.set(locale, translator);
    }
    return translator;
  };
}

/** The reader's site's words in a language, for server code that knows its page's locale. */
export const getMessages = perLocale((locale) => createTranslator({ locale, messages: CATALOGS[locale], namespace: "site" }));
export type SiteMessages = ReturnType<typeof getMessages>;

const languageNames = perLocale((locale) => createTranslator({ locale, messages: CATALOGS[locale], namespace: "languages" }));

/** A language's name in `locale` ("Russian", «русский»), on the reader's site and in the desk; a code the catalog does not name, as is. */
export function languageName(locale: Locale, code: string): string {
  return wordFor(languageNames(locale), code, code);
}
