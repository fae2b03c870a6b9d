import { refusal } from "../i18n/refusals";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb, type Db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { authOptions } from "./options";
import { AuthError } from "./errors";
import { hasRole, type RoleName } from "./roles";

export { AuthError };

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale?: string | null };

type RolesAtLeast = { editor: Role; reviewer: "REVIEWER" | "ADMIN"; admin: "ADMIN" };
export type UserWithRole<R extends RoleName> = CurrentUser & { role: RolesAtLeast[R] };

/**
 * The user behind a session, re-read on every request: a deactivated user, or a session that
 * began before the user's role or status last changed, is signed out at once. `signedInAt`
 * is when the session began (ms); omitted, only the user's being active is checked.
 */
export async function loadActiveUser(db: Db, userId: string, signedInAt?: number): Promise<CurrentUser | null> {
  return db.user.findFirst({
    where: { id: userId, active: true, ...(signedInAt === undefined ? {} : { sessionsValidFrom: { lte: new Date(signedInAt) } }) },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
}

export function assertUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AuthError("unauthenticated", refusal("auth.signIn"));
  return user;
}

export function assertRole<R extends RoleName>(user: CurrentUser | null, role: R): UserWithRole<R> {
  const signedIn = assertUser(user);
  if (!hasRole(signedIn.role, role)) {
    throw new AuthError("forbidden", refusal("auth.needsRole", { role, current: signedIn.role.toLowerCase() }));
  }
  return signedIn as UserWithRole<R>;
}

/** The signed-in user, read once per request (the layout's guard, the page's and the desk's language share it). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActiveUser(getDb(), userId, session?.signedInAt ?? 0);
});

export async function requireRole<R extends RoleName>(role: R): Promise<UserWithRole<R>> {
  return assertRole(await getCurrentUser(), role);
}
