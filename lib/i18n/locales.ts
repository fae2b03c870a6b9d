// The reader's languages. English is served without a prefix (/claims/x); Russian and Kyrgyz
// under theirs (/ru/claims/x, /ky/claims/x). next.config.js rewrites the unprefixed paths to /en.
export const LOCALES = ["en", "ru", "ky"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский", ky: "Кыргызча" };

/** BCP 47 tags for Intl formatting and hreflang. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en-GB", ru: "ru-RU", ky: "ky-KG" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The public path of a page in a locale: "/claims/x" → "/ru/claims/x"; English stays unprefixed. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** The three labels a quantity or rating carries, picked for the reader's locale. */
export function pickLabel(locale: Locale, item: { labelEn: string; labelRu: string; labelKy: string }): string {
  return locale === "ru" ? item.labelRu : locale === "ky" ? item.labelKy : item.labelEn;
}
