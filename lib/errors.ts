/** An expected failure whose message a person can act on; shown as is, never with a stack. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
