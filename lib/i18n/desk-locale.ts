import "server-only";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "../auth/guards";
import { inEnglish } from "../errors";
import { explain, type ErrorTranslator, type Refusal } from "./refusals";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** The language a browser asks for first among ours ("ky-KG,ru;q=0.8" → "ky"); English when none. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const asked = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  try {
    return match(asked, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    // A malformed tag in the header: the default, not an error page.
    return DEFAULT_LOCALE;
  }
}

/**
 * The desk's language for this request: the one the signed-in user chose, saved on their account;
 * before they choose (and on the sign-in page), the browser's Accept-Language.
 */
export const deskLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  if (user && isLocale(user.locale)) return user.locale;
  return negotiateLocale((await headers()).get("accept-language"));
});

/**
 * A refusal (or a string that may hold one) in the desk user's language: their choice, else their
 * browser's. Outside a request (a test calling an action directly), in English.
 */
export async function inDeskLanguage(message: string | Refusal): Promise<string> {
  try {
    return explain((await getTranslations("errors")) as unknown as ErrorTranslator, message);
  } catch {
    return inEnglish(message);
  }
}
