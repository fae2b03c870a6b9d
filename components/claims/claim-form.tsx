"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, buttonClass, inputClass } from "../ui/field";
import { AnchoredQuote } from "./anchored-quote";
import { ConflictPanel } from "./conflict-panel";
import { FigureFieldset } from "./figure-fieldset";
import { SOURCE_LANGUAGES } from "./labels";
import { SpeakerFieldset } from "./speaker-fieldset";
import { useClaimForm, type ClaimFormProps } from "./use-claim-form";

/** A claim's fields, to create it from a selection or edit it; its parts are in the files beside it. */
export function ClaimForm(props: ClaimFormProps) {
  const t = useTranslations("desk");
  const languages = useTranslations("languages");
  const api = useClaimForm(props);
  const { form, state, set, errors, message, pending, conflict, setConflict, save, resolveConflict } = api;
  const error = (field: string) => errors[field];
  return (
    <form
      ref={form}
      noValidate
      aria-label={props.mode === "create" ? t("claimForm.createLabel") : t("claimForm.editLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <Field id="statement" label={t("claimForm.statement", { length: state.statement.length, max: 75 })} hint={t("claimForm.statementHint")} error={error("statement")}>
        <input {...describedBy("statement", error("statement"), true)} className={inputClass} value={state.statement} onChange={(event) => set("statement", event.target.value)} />
      </Field>
      {props.mode === "create" && props.anchor && props.entryId ? (
        <AnchoredQuote id="quoteOriginal" quote={state.quoteOriginal} language={state.quoteLanguage} entryId={props.entryId} error={error("quoteOriginal")} />
      ) : (
        <Field id="quoteOriginal" label={t("claimForm.quoteExact")} error={error("quoteOriginal")}>
          <textarea {...describedBy("quoteOriginal", error("quoteOriginal"))} rows={3} className={inputClass} value={state.quoteOriginal} onChange={(event) => set("quoteOriginal", event.target.value)} />
        </Field>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="quoteLanguage" label={t("claimForm.quoteLanguage")} error={error("quoteLanguage")}>
          <select {...describedBy("quoteLanguage", error("quoteLanguage"))} className={inputClass} value={state.quoteLanguage} onChange={(event) => set("quoteLanguage", event.target.value)}>
            {SOURCE_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languages(code)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="tags" label={t("claimForm.tags")} error={error("tags")}>
          <input {...describedBy("tags", error("tags"))} className={inputClass} value={state.tags} onChange={(event) => set("tags", event.target.value)} />
        </Field>
      </div>
      <fieldset className="mt-3 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("claimForm.translations")}</legend>
        {(["en", "ru", "ky"] as const).map((language) => (
          <Field key={language} id={`translation-${language}`} label={languages(language)} error={error(`translations.${language}`)}>
            <textarea id={`translation-${language}`} lang={language} rows={2} className={inputClass} value={state.translations[language]} onChange={(event) => set("translations", { ...state.translations, [language]: event.target.value })} />
          </Field>
        ))}
      </fieldset>

      <SpeakerFieldset {...api} />

      <FigureFieldset {...api} />

      {conflict ? <ConflictPanel conflict={conflict} onChange={setConflict} onResolve={resolveConflict} /> : null}

      <div className="mt-4 flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending} aria-keyshortcuts="Control+Enter">
          {props.mode === "create" ? t("claimForm.create") : t("claimForm.save")}
        </button>
        <span className="text-xs text-muted">{t("claimForm.ctrlEnter")}</span>
      </div>
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${message?.tone === "error" ? "text-red-700" : "text-green-800"}`} data-testid="form-message">
        {message?.text ?? ""}
      </p>
    </form>
  );
}
