"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { approveTranslation, saveTranslation } from "./mutations";
import { translationIdSchema, type SaveTranslationInput } from "./schema";

/** Any of the staff translates; a reviewer (not the translator) approves, and readers then see it. */
export async function saveTranslationAction(input: SaveTranslationInput & { claimId?: string }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const version = await saveTranslation({ db: getDb(), actor: user, input });
    if (typeof input.claimId === "string") revalidatePath(`/desk/claims/${input.claimId}`);
    revalidatePath("/desk/translations");
    // A saved version waits for its check, so readers' pages change only when it replaced an approved one.
    if (version.replacedPublic) revalidatePublicPages();
    return version;
  });
}

export async function approveTranslationAction(input: { id: string; claimId?: string }) {
  return runAction(async () => {
    const user = await requireRole("reviewer");
    const approved = await approveTranslation({ db: getDb(), actor: user, id: parseActionInput(translationIdSchema, input).id });
    if (typeof input.claimId === "string") revalidatePath(`/desk/claims/${input.claimId}`);
    revalidatePath("/desk/translations");
    revalidatePublicPages();
    return { id: approved.id, status: approved.status };
  });
}
