import "server-only";
import { AuthError } from "./auth/errors";
import { ClaimConflictError, type FieldClash } from "./claims/errors";
import type { z } from "zod";
import { describeDatabaseError } from "./db/errors";
import { FieldError, UserFacingError } from "./errors";

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
  conflict?: { clashes: FieldClash[]; currentVersion: number; current: unknown };
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/**
 * Runs a server action's body and turns expected refusals into a result a form can show:
 * a sign-in or role refusal, a field error, or a save conflict. Anything else is a bug and
 * goes on to the error page.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: error.message };
    if (error instanceof ClaimConflictError) {
      return { ok: false, message: error.message, conflict: { clashes: error.clashes, currentVersion: error.currentVersion, current: error.current } };
    }
    if (error instanceof FieldError) return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
    if (error instanceof UserFacingError) return { ok: false, message: error.message };
    // The database down, out of disk, or refusing a value: a sentence, not a stack trace.
    const database = describeDatabaseError(error);
    if (database) {
      console.error(error);
      return { ok: false, message: database };
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
  throw new UserFacingError(issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message);
}
