"use client";

import { useParams } from "next/navigation";
import { NotFoundBody } from "@/components/site/not-found-body";
import { isLocale } from "@/lib/i18n/locales";

// Not-found pages get no params, and a reader's page is cached (no headers()): the locale is read
// from the address. Rendered on the server like any client component; nothing here needs scripts.
export default function NotFound() {
  const params = useParams<{ locale?: string }>();
  return <NotFoundBody locale={isLocale(params?.locale) ? params.locale : "en"} />;
}
