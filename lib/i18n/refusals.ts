import type { MessageKeys, NestedKeyOf } from "next-intl";
import type en from "./messages/en.json";
import type { Translate } from "./words";

/**
 * A refusal that any of the three languages can say: a key under `errors` in the message
 * catalogs, and its values (a value may itself be a refusal, as "refused after a redirect: …").
 *
 * Server code throws `new UserFacingError(refusal("follows.tooLarge", { size }))` (lib/errors.ts);
 * a zod schema gives `said("claims.statementRequired")` as an issue's message, a string the same
 * functions read back; a refusal kept in the database (a follow's last error) is stored the same
 * way. Each is put in words where it is shown: by runAction in the desk user's language, in
 * English for the API, the command line and the logs. This file imports no catalog, so forms
 * can check their input with the same schemas in the browser.
 */
export type ErrorKey = MessageKeys<(typeof en)["errors"], NestedKeyOf<(typeof en)["errors"]>>;
export type RefusalValue = string | number | Refusal;
export type Refusal = { key: ErrorKey; values?: Record<string, RefusalValue> };

const MARK = "errors:";

export function refusal(key: ErrorKey, values?: Record<string, RefusalValue>): Refusal {
  return values ? { key, values } : { key };
}

/** A refusal as a string: a zod issue's message, or a column that keeps the last error. */
export function said(key: ErrorKey, values?: Record<string, RefusalValue>): string {
  return `${MARK}${JSON.stringify(refusal(key, values))}`;
}

/** The refusal a string holds, or null for a message written in words (shown as it is). */
export function readRefusal(message: string | null | undefined): Refusal | null {
  if (!message?.startsWith(MARK)) return null;
  try {
    return JSON.parse(message.slice(MARK.length)) as Refusal;
  } catch {
    return null;
  }
}

/** next-intl's translator for the "errors" namespace. */
export type ErrorTranslator = Translate;

/** A refusal, or a string that may hold one, in the translator's language. */
export function explain(t: ErrorTranslator, message: string | Refusal): string {
  const found = typeof message === "string" ? readRefusal(message) : message;
  if (!found) return message as string;
  const values = Object.fromEntries(Object.entries(found.values ?? {}).map(([name, value]) => [name, typeof value === "object" ? explain(t, value) : value]));
  return t(found.key, values);
}

/** An error's words as a column keeps them: its refusal, to be said in each reader's language, else its message. */
export function storedWords(error: { message: string; refusal?: Refusal | null }): string {
  return error.refusal ? said(error.refusal.key, error.refusal.values) : error.message;
}
