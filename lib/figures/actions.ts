"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import type { z } from "zod";
import { runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createQuantity } from "./mutations";
import type { createQuantitySchema } from "./schema";

export async function createQuantityAction(input: z.input<typeof createQuantitySchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const quantity = await createQuantity({ db: getDb(), actorId: user.id, input });
    revalidatePath("/desk/quantities");
    revalidatePublicPages();
    return quantity;
  });
}
