import { createTranslator } from "use-intl/core";
import { CATALOGS } from "./i18n/messages";
import { explain, readRefusal, type ErrorTranslator, type Refusal } from "./i18n/refusals";

const english = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "errors" }) as unknown as ErrorTranslator;

/** A refusal (or a string that may hold one) in English: for the API, the command line and logs. */
export function inEnglish(message: string | Refusal): string {
  return explain(english, message);
}

/**
 * An expected failure whose message a person can act on; shown as is, never with a stack. Given a
 * refusal (lib/i18n/refusals.ts), its `message` is the English words and `refusal` lets the desk
 * say it in its user's language.
 */
export class UserFacingError extends Error {
  readonly refusal: Refusal | null;
  constructor(message: string | Refusal) {
    const found = typeof message === "string" ? readRefusal(message) : message;
    super(found ? explain(english, found) : (message as string));
    this.name = new.target.name;
    this.refusal = found;
  }
}

/** Input a person can fix: the message says what is wrong, `field` says where (shown beside it). */
export class FieldError extends UserFacingError {
  constructor(
    message: string | Refusal,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The first problem zod found, as a refusal naming its field. */
function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }, dropPrefix = ""): FieldError {
  const issue = error.issues[0];
  const field = issue.path.map(String).join(".");
  return new FieldError(issue.message, dropPrefix && field.startsWith(dropPrefix) ? field.slice(dropPrefix.length) : field);
}

/** Parses with a zod schema; the first problem becomes a FieldError naming its field. */
export function parseInput<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown, dropPrefix = ""): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw firstIssue(parsed.error, dropPrefix);
  return parsed.data;
}
