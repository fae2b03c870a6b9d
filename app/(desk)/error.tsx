"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("desk.error");
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
