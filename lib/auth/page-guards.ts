import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./guards";
import { REQUEST_PATH_HEADER, safeReturnPath } from "./return-path";

/**
 * For desk pages and their layout: a visitor is sent to sign in and brought back afterwards to
 * the very address they asked for (proxy.ts records it), or to `returnTo` when given.
 */
export async function requireDeskUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const asked = returnTo ?? safeReturnPath((await headers()).get(REQUEST_PATH_HEADER));
    redirect(`/signin?callbackUrl=${encodeURIComponent(asked)}`);
  }
  return user;
}
