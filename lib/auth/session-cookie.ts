import "server-only";
import { encode } from "next-auth/jwt";
import { getEnv } from "../env";
import type { SignedInUser } from "./sign-in";

export const SESSION_HOURS = 8;

/** What a session's token holds beyond next-auth's own fields; the jwt callback and the sign-in action share it. */
export function sessionClaims(user: Pick<SignedInUser, "id" | "role">) {
  return { uid: user.id, role: user.role, signedInAt: Date.now() };
}

/** next-auth's session cookie, named and set as next-auth names and sets it (Secure on https). */
export function sessionCookieName(): { name: string; secure: boolean } {
  const secure = getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** A signed session for the user, as next-auth's JWT strategy would issue it after a sign-in. */
export async function encodeSession(user: SignedInUser): Promise<string> {
  return encode({
    token: { name: user.name, email: user.email, sub: user.id, ...sessionClaims(user) },
    secret: getEnv().NEXTAUTH_SECRET!,
    maxAge: SESSION_HOURS * 60 * 60,
  });
}
