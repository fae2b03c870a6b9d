"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ImportPreview, ImportProgress } from "./import-results";
import { useImport } from "./use-import";

/** Upload files or paste text, preview the parse, correct kind, language and date, then import. */
export function ImportForm() {
  const t = useTranslations("desk.import");
  const languages = useTranslations("languages");
  const form = useRef<HTMLFormElement>(null);
  const { previews, message, fieldErrors, pending, sent, jobs, choices, choose, preview, startImport } = useImport(form);

  const error = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {fieldErrors[name]}
      </p>
    ) : null;

  return (
    <form ref={form} onSubmit={(event) => event.preventDefault()} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="files" className="block text-sm font-medium">
          {t("files")}
        </label>
        <input id="files" name="files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.json" aria-describedby="files-hint files-error" className="mt-1 block" />
        <p id="files-hint" className="mt-1 text-sm text-gray-700">{t("filesHint")}</p>
        {error("files")}
      </div>
      <div>
        <label htmlFor="pasted" className="block text-sm font-medium">
          {t("pasted")}
        </label>
        <textarea id="pasted" name="pasted" rows={5} className="mt-1 w-full rounded border border-gray-400 p-2" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="outlet" className="block text-sm font-medium">{t("outlet")}</label>
          <input id="outlet" name="outlet" className="mt-1 w-full rounded border border-gray-400 px-2 py-1" aria-describedby="outlet-error" />
          {error("outlet")}
        </div>
        <div>
          <label htmlFor="url" className="block text-sm font-medium">{t("url")}</label>
          <input id="url" name="url" type="url" className="mt-1 w-full rounded border border-gray-400 px-2 py-1" aria-describedby="url-error" />
          {error("url")}
        </div>
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">{t("kind")}</label>
          <select id="kind" name="kind" value={choices.kind} onChange={(event) => choose("kind", event.target.value)} className="mt-1 w-full rounded border border-gray-400 px-2 py-1">
            <option value="auto">{t("kindAuto")}</option>
            <option value="live-blog">{t("kindLiveBlog")}</option>
            <option value="article">{t("kindArticle")}</option>
            <option value="telegram">{t("kindTelegram")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="language" className="block text-sm font-medium">{t("language")}</label>
          <select id="language" name="language" value={choices.language} onChange={(event) => choose("language", event.target.value)} className="mt-1 w-full rounded border border-gray-400 px-2 py-1">
            <option value="auto">{t("languageAuto")}</option>
            {(["ky", "ru", "en", "kk"] as const).map((code) => (
              <option key={code} value={code}>
                {languages(code)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="publishedAt" className="block text-sm font-medium">{t("publishedAt")}</label>
          <input id="publishedAt" name="publishedAt" type="date" value={choices.publishedAt} onChange={(event) => choose("publishedAt", event.target.value)} aria-describedby="publishedAt-error" className="mt-1 w-full rounded border border-gray-400 px-2 py-1" />
          {error("publishedAt")}
        </div>
      </div>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {message}
      </p>
      {pending && sent ? (
        <p className="flex items-center gap-2 text-sm">
          <progress value={sent.loaded} max={sent.total} aria-label={t("sending")} />
          <span>{t("sendingOf", { percent: Math.floor((100 * sent.loaded) / sent.total), megabytes: Math.max(0.1, Math.round(sent.total / 1e5) / 10) })}</span>
        </p>
      ) : null}
      <div className="flex gap-3">
        <button type="button" onClick={preview} disabled={pending} className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold">
          {t("preview")}
        </button>
        <button type="button" onClick={startImport} disabled={pending || !previews} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-50">
          {t("import")}
        </button>
      </div>

      {jobs.length > 0 ? <ImportProgress jobs={jobs} /> : null}
      {previews ? <ImportPreview previews={previews} /> : null}
    </form>
  );
}
