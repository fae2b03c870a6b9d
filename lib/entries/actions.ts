"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import type { z } from "zod";
import { runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { correctEntry, redateEntry } from "./mutations";
import type { correctEntrySchema, redateEntrySchema } from "./schema";

export async function correctEntryAction(input: z.input<typeof correctEntrySchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const report = await correctEntry({ db: getDb(), actor: user, input });
    revalidatePath(`/desk/entries/${input.entryId}`);
    revalidatePublicPages();
    return report;
  });
}

export async function redateEntryAction(input: z.input<typeof redateEntrySchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const result = await redateEntry({ db: getDb(), actor: user, input });
    revalidatePath(`/desk/entries/${input.entryId}`);
    // Timelines place the entry's figures by its date.
    revalidatePublicPages();
    return result;
  });
}
