"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

// A client component only to read the locale from the address: not-found pages get no params.
export default function NotFound() {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : "en";
  const messages = getMessages(locale);
  return (
    <>
      <h1 className="text-2xl font-bold">{messages.notFoundTitle}</h1>
      <p className="mt-2">{messages.notFoundBody}</p>
      <Link href={localePath(locale, "/")} className="mt-4 inline-block underline">
        {messages.notFoundHome}
      </Link>
    </>
  );
}
