"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { approveTranslationAction, saveTranslationAction } from "@/lib/translations/actions";
import type { TranslationRow } from "@/lib/translations/queries";
import { TRANSLATABLE, TRANSLATION_LANGUAGES, type TranslationLanguage } from "@/lib/translations/fields";
import { buttonClass, inputClass, secondaryButtonClass } from "../ui/field";


/** One text's version in one language: write or update it, and (for a reviewer who did not write it) approve it. */
function VersionEditor({ row, language, claimId, userId, canReview }: { row: TranslationRow; language: TranslationLanguage; claimId: string; userId: string; canReview: boolean }) {
  const router = useRouter();
  const t = useTranslations("desk");
  const locale = useLocale();
  const languageName = useTranslations("languages")(language);
  const version = row.versions[language];
  const [text, setText] = useState(version?.text ?? "");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const id = `tr-${row.entityType}-${row.entityId}-${row.field}-${language}`;
  const { max, multiline } = TRANSLATABLE[row.key];

  async function save() {
    setMessage(null);
    const result = await saveTranslationAction({ entityType: row.entityType, entityId: row.entityId, field: row.field, language, text, claimId });
    if (!result.ok) return setMessage({ error: true, text: result.message });
    setMessage({ error: false, text: t("translations.saved") });
    router.refresh();
  }
  async function approve() {
    setMessage(null);
    const result = await approveTranslationAction({ id: version!.id, claimId });
    if (!result.ok) return setMessage({ error: true, text: result.message });
    setMessage({ error: false, text: t("translations.approved") });
    router.refresh();
  }

  const label = t("translations.inLanguage", { language: languageName, field: t(`translations.field.${row.key}`) });
  const state = version ? version.state : "missing";
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-xs font-semibold">
        {languageName}{" "}
        <span className={state === "approved" ? "text-green-800" : "text-amber-800"} data-testid={`${id}-state`} data-state={state}>
          ({t(`translations.state.${state === "awaiting check" ? "awaiting" : state === "out of date" ? "outOfDate" : state}`)})
        </span>
      </label>
      {multiline ? (
        <textarea id={id} aria-label={label} lang={language} rows={3} value={text} onChange={(event) => setText(event.target.value)} className={inputClass} aria-describedby={`${id}-message`} />
      ) : (
        <input id={id} aria-label={label} lang={language} type="text" value={text} onChange={(event) => setText(event.target.value)} className={inputClass} aria-describedby={`${id}-message`} />
      )}
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <button type="button" className={secondaryButtonClass} onClick={save} disabled={!text.trim() || text === version?.text}>
          {t("translations.save", { language: languageName })}
        </button>
        {canReview && version && version.state === "awaiting check" && version.translatedById !== userId ? (
          <button type="button" className={buttonClass} onClick={approve}>
            {t("translations.approve", { language: languageName })}
          </button>
        ) : null}
        <span className="text-xs text-muted">
          {text.length}/{max.toLocaleString(LOCALE_TAGS[locale])}
        </span>
      </div>
      <p id={`${id}-message`} aria-live="polite" className={`text-sm ${message?.error ? "text-red-700" : ""}`}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}

/** Every reader-facing text of a claim beside its Russian and Kyrgyz versions. */
export function TranslationPanel({ rows, claimId, userId, canReview }: { rows: TranslationRow[]; claimId: string; userId: string; canReview: boolean }) {
  const t = useTranslations("desk.translations");
  return (
    <section aria-labelledby="translations-heading" className="mt-8">
      <h2 id="translations-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      {rows.map((row) => (
        <fieldset key={`${row.entityType}-${row.entityId}-${row.field}`} className="mt-4 rounded border border-gray-200 bg-white p-3" data-testid="translation-row">
          <legend className="px-1 text-sm font-semibold">{t(`field.${row.key}`)}</legend>
          {row.context ? <p className="text-xs text-muted">{row.context.kind === "speaker" ? t("sharedBySpeaker") : row.context.kind === "tag" ? t("sharedByTag") : t("onPassage", { passage: row.context.passage })}</p> : null}
          <p className="text-sm" lang="en">
            {row.original}
          </p>
          {TRANSLATION_LANGUAGES.map((language) => (
            <VersionEditor key={language} row={row} language={language} claimId={claimId} userId={userId} canReview={canReview} />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
