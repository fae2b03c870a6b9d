import { inEnglish } from "../errors";
import { readRefusal, type Refusal } from "../i18n/refusals";

/** The caller may not do this: not signed in, or signed in without the role. */
export class AuthError extends Error {
  readonly refusal: Refusal | null;
  constructor(
    readonly kind: "unauthenticated" | "forbidden",
    message: string | Refusal,
  ) {
    super(inEnglish(message));
    this.name = "AuthError";
    this.refusal = typeof message === "string" ? readRefusal(message) : message;
  }
}
