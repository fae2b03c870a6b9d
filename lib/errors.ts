/** An expected failure whose message a person can act on; shown as is, never with a stack. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input a person can fix: the message says what is wrong, `field` says where (shown beside it). */
export class FieldError extends UserFacingError {
  constructor(
    message: string,
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
