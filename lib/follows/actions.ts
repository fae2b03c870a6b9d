"use server";
import { revalidatePath } from "next/cache";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createFollow, pollFollowSoon, setFollowState } from "./mutations";
import { followIdSchema, followStateSchema, type CreateFollowInput } from "./schema";

/** Following feeds and channels: editors and admins; allowing a private address: admins only (checked in createFollow). */
export async function createFollowAction(input: CreateFollowInput) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const follow = await createFollow({ db: getDb(), actor: user, input });
    revalidatePath("/desk/follows");
    return follow;
  });
}

export async function setFollowStateAction(input: { id: string; state: "ACTIVE" | "PAUSED" | "STOPPED" }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { id, state } = parseActionInput(followStateSchema, input);
    await setFollowState({ db: getDb(), actor: user, id, state });
    revalidatePath("/desk/follows");
    return null;
  });
}

export async function pollFollowNowAction(input: { id: string }) {
  return runAction(async () => {
    await requireRole("editor");
    await pollFollowSoon({ db: getDb(), id: parseActionInput(followIdSchema, input).id });
    revalidatePath("/desk/follows");
    return null;
  });
}
