import { refusal } from "../i18n/refusals";
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { parseInput, UserFacingError } from "../errors";
import { createWebhookSchema, type CreateWebhookInput } from "./schema";

/** The admin's webhooks (issue 22); each change audited. The secret is shown once, at creation. */
export async function createWebhook(options: { db: Db; actor: Pick<CurrentUser, "id">; input: CreateWebhookInput }) {
  const input = parseInput(createWebhookSchema, options.input);
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  return options.db.$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: { url: input.url, events: [...new Set(input.events)], allowPrivate: input.allowPrivate, secret, createdById: options.actor.id },
      select: { id: true, url: true, events: true, allowPrivate: true, active: true },
    });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "Webhook", entityId: hook.id, action: "create", after: hook });
    return { ...hook, secret };
  });
}

export async function setWebhookActive(options: { db: Db; actor: Pick<CurrentUser, "id">; id: string; active: boolean }) {
  await options.db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: options.id }, select: { id: true, active: true } });
    if (!hook) throw new UserFacingError(refusal("webhooks.gone"));
    await tx.webhook.update({ where: { id: hook.id }, data: { active: options.active } });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "Webhook", entityId: hook.id, action: options.active ? "switch on" : "switch off", before: { active: hook.active }, after: { active: options.active } });
  });
}

/** A delivery (delivered or failed) sent again: back to PENDING, so the worker queues it as new. */
export async function resendWebhookDelivery(options: { db: Db; actor: Pick<CurrentUser, "id">; deliveryId: string }) {
  await options.db.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({ where: { id: options.deliveryId }, data: { status: "PENDING", lastError: null } });
    if (count === 0) throw new UserFacingError(refusal("webhooks.deliveryGone"));
    await recordAudit(tx, { actorId: options.actor.id, entityType: "WebhookDelivery", entityId: options.deliveryId, action: "send again" });
  });
}
