"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { describeDatabaseRefusal } from "../db/errors";
import { inDeskLanguage } from "../i18n/desk-locale";
import { clientAddress } from "./client-address";
import { safeReturnPath } from "./return-path";
import { encodeSession, SESSION_HOURS, sessionCookieName } from "./session-cookie";
import { authenticate } from "./sign-in";

export type SignInState = { ok: false; message: string } | null;

/**
 * The sign-in form's action: a POST, with or without scripts, so a password never travels in an
 * address. On success it sets next-auth's session cookie and goes back where the person was
 * headed (on this site only); on failure it says why, and counts the failure (lib/auth/sign-in.ts).
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const field = (name: string) => (form instanceof FormData ? String(form.get(name) ?? "") : "");
  let result;
  try {
    result = await authenticate({ db: getDb(), email: field("email"), password: field("password"), ip: clientAddress(await headers()) });
  } catch (error) {
    const database = describeDatabaseRefusal(error);
    if (!database) throw error;
    return { ok: false, message: await inDeskLanguage(database) };
  }
  if (!result.ok) return { ok: false, message: await inDeskLanguage(result.message) };
  const { name, secure } = sessionCookieName();
  (await cookies()).set(name, await encodeSession(result.user), { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_HOURS * 60 * 60 });
  redirect(safeReturnPath(field("returnTo")));
}
