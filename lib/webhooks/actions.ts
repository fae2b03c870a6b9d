"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createWebhook, resendWebhookDelivery, setWebhookActive } from "./mutations";
import { webhookIdSchema, type CreateWebhookInput } from "./schema";

/** The admin's webhooks; the secret is in the creating answer only. */
export async function createWebhookAction(input: CreateWebhookInput) {
  return runAction(async () => {
    const user = await requireRole("admin");
    const created = await createWebhook({ db: getDb(), actor: user, input });
    revalidatePath("/desk/webhooks");
    return created;
  });
}

export async function setWebhookActiveAction(input: { id: string; active: boolean }) {
  return runAction(async () => {
    const user = await requireRole("admin");
    const { id, active } = parseActionInput(webhookIdSchema.extend({ active: z.boolean() }), input);
    await setWebhookActive({ db: getDb(), actor: user, id, active });
    revalidatePath("/desk/webhooks");
    return null;
  });
}

export async function resendWebhookDeliveryAction(input: { id: string }) {
  return runAction(async () => {
    const user = await requireRole("admin");
    await resendWebhookDelivery({ db: getDb(), actor: user, deliveryId: parseActionInput(webhookIdSchema, input).id });
    revalidatePath("/desk/webhooks");
    return null;
  });
}
