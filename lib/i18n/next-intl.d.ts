import type en from "./messages/en.json";
import type { Locale } from "./locales";

// next-intl checks every message key and its arguments against the English catalog.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
