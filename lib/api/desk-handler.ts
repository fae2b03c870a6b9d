import "server-only";
import { authenticateToken } from "../api-tokens/tokens";
import { withApiToken } from "../audit/api-token-context";
import { AuthError } from "../auth/errors";
import { ClaimConflictError } from "../claims/errors";
import { getDb } from "../db/client";
import { describeDatabaseError } from "../db/errors";
import { FieldError, UserFacingError, inEnglish } from "../errors";
import { queryParams } from "./responses";
import { DESK_OPERATIONS, NotFoundError, type DeskOperationId } from "./desk-operations";

const NO_STORE = { "Cache-Control": "no-store" };

function answer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** A refusal as JSON: { error: { message, field?, … } }, with the status that says what kind. */
function refusal(error: unknown): Response {
  if (error instanceof AuthError) return answer(error.kind === "unauthenticated" ? 401 : 403, { error: { message: error.message } });
  if (error instanceof ClaimConflictError) {
    // Both values, as the desk shows them: what the caller sent and what is stored now.
    return answer(409, { error: { message: error.message, currentVersion: error.currentVersion, clashes: error.clashes, current: error.current } });
  }
  if (error instanceof NotFoundError) return answer(404, { error: { message: error.message } });
  if (error instanceof FieldError) return answer(error.field === "version" ? 409 : 400, { error: { message: error.message, ...(error.field ? { field: error.field } : {}) } });
  if (error instanceof UserFacingError) return answer(400, { error: { message: error.message } });
  const database = describeDatabaseError(error);
  if (database) {
    console.error(error);
    return answer(503, { error: { message: database } });
  }
  throw error;
}

async function readInput(request: Request, method: string): Promise<unknown> {
  if (method === "GET") return queryParams(request);
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError("The request body is not valid JSON.");
  }
}

/**
 * The route handler of one desk API operation (lib/api/desk-operations.ts): the token checked for
 * the operation's role and scope, the input parsed by its schema, the desk's own function run,
 * and every refusal answered in JSON with the status that says what kind.
 */
export function deskRoute(id: DeskOperationId) {
  const operation = DESK_OPERATIONS[id];
  return async function handler(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> {
    const db = getDb();
    let version: unknown;
    try {
      const caller = await authenticateToken({ db, authorization: request.headers.get("authorization"), role: operation.role, scope: operation.scope });
      const parsed = operation.input.safeParse(await readInput(request, operation.method));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.map(String).join(".");
        return answer(400, { error: { message: field ? `${field}: ${inEnglish(issue.message)}` : inEnglish(issue.message), ...(field ? { field } : {}) } });
      }
      const params = await context.params;
      version = (parsed.data as { version?: unknown }).version;
      const result = await withApiToken(caller.tokenId, () => operation.run({ db, caller, params, input: parsed.data }));
      return result instanceof Response ? result : answer(operation.status ?? 200, result);
    } catch (error) {
      // A review step on a stale version: both versions, as the desk shows them.
      if (error instanceof FieldError && !(error instanceof ClaimConflictError) && error.field === "version") {
        const { id: claimId } = await context.params;
        const current = claimId ? await db.claim.findUnique({ where: { id: claimId }, select: { version: true } }) : null;
        return answer(409, { error: { message: error.message, field: "version", yourVersion: version ?? null, currentVersion: current?.version ?? null } });
      }
      return refusal(error);
    }
  };
}
