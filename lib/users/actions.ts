"use server";
import { revalidatePath } from "next/cache";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { LOCALES } from "../i18n/locales";
import { z } from "zod";

const chooseLanguageSchema = z.object({ locale: z.enum(LOCALES) });

/** The desk's language for the signed-in user, saved on their account; every desk page then speaks it. */
export async function chooseDeskLanguageAction(input: FormData | { locale?: unknown }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    // The header's form posts FormData; any other caller is checked just as strictly.
    const { locale } = parseActionInput(chooseLanguageSchema, { locale: input instanceof FormData ? input.get("locale") : input?.locale });
    await getDb().user.update({ where: { id: user.id }, data: { locale }, select: { id: true } });
    revalidatePath("/desk", "layout");
    return { locale };
  });
}
