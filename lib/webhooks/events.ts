import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { absoluteUrl } from "../site";
import type { WebhookEvent } from "./schema";

/**
 * Records events of one kind (one per item `data` gives) for every active webhook that listens for
 * it, in the transaction of the change that fired them (an outbox): a change rolled back fires
 * nothing, and a committed one is delivered even if this process stops at once
 * (lib/webhooks/deliveries.ts sends them). `data` is read only when some webhook listens.
 */
export async function recordWebhookEvents(tx: Tx, event: WebhookEvent, data: () => Promise<Record<string, unknown>[]>): Promise<void> {
  const hooks = await tx.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (hooks.length === 0) return;
  const occurredAt = new Date().toISOString();
  // Dates and the like as JSON, as the receiver will read them.
  const payloads = (await data()).map((item) => JSON.parse(JSON.stringify({ event, occurredAt, data: item })) as Prisma.InputJsonObject);
  await tx.webhookDelivery.createMany({ data: payloads.flatMap((payload) => hooks.map((hook) => ({ webhookId: hook.id, event, payload }))) });
}

/** What a claim event tells: enough to purge its page, post it or notify about it. */
export async function claimEventData(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { id: true, slug: true, statement: true, status: true, verdictSummary: true, publishedAt: true, rating: { select: { key: true, labelEn: true } }, speaker: { select: { name: true } } },
  });
  return {
    claim: {
      id: claim.id,
      slug: claim.slug,
      statement: claim.statement,
      status: claim.status.toLowerCase(),
      verdict: claim.rating ? { key: claim.rating.key, label: claim.rating.labelEn } : null,
      verdictSummary: claim.verdictSummary,
      speaker: claim.speaker?.name ?? null,
      publishedAt: claim.publishedAt,
      // Every address readers see it at: a CDN purges these.
      urls: ["", "/ru", "/ky"].map((prefix) => absoluteUrl(`${prefix}/claims/${claim.slug}`)),
    },
  };
}
