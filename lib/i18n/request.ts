import { getRequestConfig } from "next-intl/server";
import { deskLocale } from "./desk-locale";
import { newsroomTimeZone } from "../site";
import { isLocale } from "./locales";
import { CATALOGS } from "./messages";

// next-intl's request configuration (next.config.js names this file). The reader's pages pass
// their page's locale (from the address); the desk's pages and actions leave it out and get the
// user's language (lib/i18n/desk-locale.ts).
export default getRequestConfig(async ({ locale }) => {
  const chosen = isLocale(locale) ? locale : await deskLocale();
  return { locale: chosen, messages: CATALOGS[chosen], timeZone: newsroomTimeZone() };
});
