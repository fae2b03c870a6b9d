import "server-only";
import { AuthError } from "./auth/errors";
import { ClaimConflictError, type FieldClash } from "./claims/errors";
import type { z } from "zod";
import { describeDatabaseRefusal } from "./db/errors";
import { FieldError, UserFacingError } from "./errors";
import { inDeskLanguage } from "./i18n/desk-locale";
import { readRefusal, type Refusal } from "./i18n/refusals";

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
  conflict?: { clashes: FieldClash[]; currentVersion: number; current: unknown };
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

const describe = (error: { message: string; refusal: Refusal | null }) => inDeskLanguage(error.refusal ?? error.message);

/**
 * Runs a server action's body and turns expected refusals into a result a form can show:
 * a sign-in or role refusal, a field error, or a save conflict. Anything else is a bug and
 * goes on to the error page.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: await describe(error) };
    if (error instanceof ClaimConflictError) {
      return { ok: false, message: await describe(error), conflict: { clashes: error.clashes, currentVersion: error.currentVersion, current: error.current } };
    }
    if (error instanceof FieldError) {
      const message = await describe(error);
      return { ok: false, message, fieldErrors: error.field ? { [error.field]: message } : undefined };
    }
    if (error instanceof UserFacingError) return { ok: false, message: await describe(error) };
    // The database down, out of disk, or refusing a value: a sentence, not a stack trace.
    const database = describeDatabaseRefusal(error);
    if (database) {
      console.error(error);
      return { ok: false, message: await inDeskLanguage(database) };
    }
    throw error;
  }
}

/**
 * An action's arguments come from the network, whatever its TypeScript type says: an action
 * whose mutation does not validate its input itself parses it here first, and bad input is a
 * refusal in words, not a crash.
 */
export function parseActionInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // A message of ours is a whole sentence; zod's own is prefixed with the field it is about.
  if (readRefusal(issue.message)) throw new UserFacingError(issue.message);
  throw new UserFacingError(issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message);
}
