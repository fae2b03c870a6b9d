import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { absoluteUrl } from "../site";
import type { WebhookEvent } from "./schema";

/**
 * Records an event for every active webhook that listens for it, in the transaction of the change
 * that fired it (an outbox): a change rolled back fires nothing, and a committed one is delivered
 * even if this process stops at once (lib/webhooks/deliveries.ts sends them).
 */
export async function recordWebhookEvent(tx: Tx, event: WebhookEvent, data: () => Promise<Record<string, unknown>>): Promise<void> {
  const hooks = await tx.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (hooks.length === 0) return;
  // Dates and the like as JSON, as the receiver will read them.
  const payload = JSON.parse(JSON.stringify({ event, occurredAt: new Date().toISOString(), data: await data() })) as Prisma.InputJsonObject;
  await tx.webhookDelivery.createMany({ data: hooks.map((hook) => ({ webhookId: hook.id, event, payload })) });
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
