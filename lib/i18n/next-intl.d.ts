import type en from "./messages/en.json";
import type { Locale } from "./locales";

// next-intl checks every message key and its arguments against the English catalog.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}

// The same for code outside React (the command line, errors, feeds), which uses use-intl/core.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
