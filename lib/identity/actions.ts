"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import { runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { saveSiteIdentity } from "./mutations";
import type { SiteIdentityInput } from "./schema";

/** The admin's save of the site's identity: every public page shows it from the next request. */
export async function saveSiteIdentityAction(input: SiteIdentityInput) {
  return runAction(async () => {
    const user = await requireRole("admin");
    await saveSiteIdentity({ db: getDb(), actor: user, input });
    revalidatePath("/desk/identity");
    revalidatePublicPages();
    return null;
  });
}
