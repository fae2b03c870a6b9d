import { UserFacingError } from "../errors";
/** An expected refusal with a message a person can act on, and the field it belongs to. */
export class ClaimError extends UserFacingError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
