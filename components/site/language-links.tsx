import Link from "next/link";
import { LOCALE_NAMES, LOCALES, localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** The same page in the other languages: plain links, so switching needs no JavaScript. */
export function LanguageLinks({ locale, path }: { locale: Locale; path: string }) {
  return (
    <nav aria-label={getMessages(locale)("languageSwitcher")} className="text-sm">
      <ul className="flex gap-3">
        {LOCALES.map((each) => (
          <li key={each}>
            {each === locale ? (
              <span aria-current="true" className="font-semibold">
                {LOCALE_NAMES[each]}
              </span>
            ) : (
              <Link href={localePath(each, path)} hrefLang={each} lang={each} className="text-accent underline" data-locale={each}>
                {LOCALE_NAMES[each]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
