"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { dismissCandidate } from "./mutations";
import type { dismissCandidateSchema } from "./schema";

export async function dismissCandidateAction(input: z.input<typeof dismissCandidateSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    await dismissCandidate({ db: getDb(), actor: user, input });
    revalidatePath("/desk/candidates");
    return null;
  });
}
