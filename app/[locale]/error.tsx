"use client";

import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const messages = getMessages(isLocale(params?.locale) ? params.locale : "en");
  return (
    <>
      <h1 className="text-2xl font-bold">{messages("errorTitle")}</h1>
      <p className="mt-2">{messages("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-2 text-white">
        {messages("errorRetry")}
      </button>
    </>
  );
}
