import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./guards";

/** For desk pages: a visitor is sent to sign in and brought back afterwards. */
export async function requireDeskUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
