import { ClaimError } from "./errors";

/** The first problem zod found, as a refusal naming its field. */
export function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }, dropPrefix = ""): ClaimError {
  const issue = error.issues[0];
  const field = issue.path.map(String).join(".");
  return new ClaimError(issue.message, dropPrefix && field.startsWith(dropPrefix) ? field.slice(dropPrefix.length) : field);
}
