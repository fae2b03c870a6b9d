"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { chooseDeskLanguageAction } from "@/lib/users/actions";

/**
 * The desk's language, saved on the account. A plain form: it works before scripts load; with
 * them, choosing a language submits it at once.
 */
export function LanguageChooser() {
  const t = useTranslations("desk.shell");
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      action={async (formData) => {
        await chooseDeskLanguageAction(formData);
      }}
      className="flex items-center gap-1"
    >
      <label htmlFor="desk-language" className="sr-only">
        {t("language")}
      </label>
      <select id="desk-language" name="locale" defaultValue={locale} onChange={() => form.current?.requestSubmit()} className="rounded border border-gray-300 bg-white px-1 py-1 text-sm" data-testid="desk-language">
        {LOCALES.map((each) => (
          <option key={each} value={each} lang={each}>
            {LOCALE_NAMES[each]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded border border-gray-300 px-2 py-1">
          {t("chooseLanguage")}
        </button>
      </noscript>
    </form>
  );
}
