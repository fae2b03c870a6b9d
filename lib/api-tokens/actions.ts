"use server";
import { revalidatePath } from "next/cache";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { tokenIdSchema, type CreateTokenInput } from "./schema";
import { createApiToken, revokeApiToken } from "./tokens";

/** A signed-in editor's own API token; the token itself is in this answer only. */
export async function createApiTokenAction(input: CreateTokenInput) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const created = await createApiToken({ db: getDb(), actor: user, input });
    revalidatePath("/desk/tokens");
    return created;
  });
}

export async function revokeApiTokenAction(input: { id: string }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    await revokeApiToken({ db: getDb(), actor: user, id: parseActionInput(tokenIdSchema, input).id });
    revalidatePath("/desk/tokens");
    return null;
  });
}
