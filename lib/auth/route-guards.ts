import "server-only";
import { AuthError, requireRole, type UserWithRole } from "./guards";
import type { RoleName } from "./roles";
import { sameOrigin } from "../security/headers";

/** A route handler's answer when the caller may not do this. */
export function authFailure(error: AuthError): Response {
  return Response.json({ ok: false, message: error.message }, { status: error.kind === "unauthenticated" ? 401 : 403 });
}

/** Guard for a mutating route handler: same origin, signed in, with the role. */
export async function guardMutation<R extends RoleName>(request: Request, role: R): Promise<UserWithRole<R> | Response> {
  // State-changing route handlers refuse requests from other sites (server actions: proxy.ts).
  if (!sameOrigin(request.headers)) return Response.json({ ok: false, message: "This request came from another site and was refused." }, { status: 403 });
  try {
    return await requireRole(role);
  } catch (error) {
    if (error instanceof AuthError) return authFailure(error);
    throw error;
  }
}
