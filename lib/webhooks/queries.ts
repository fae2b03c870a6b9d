import "server-only";
import { getDb, type Db } from "../db/client";

/** The webhooks with their latest deliveries, newest first: the desk's log. */
export async function findWebhooks(options: { db?: Db } = {}) {
  const db = options.db ?? getDb();
  return db.webhook.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true, url: true, events: true, allowPrivate: true, active: true, createdAt: true,
      deliveries: { orderBy: { createdAt: "desc" }, take: 30, select: { id: true, event: true, status: true, attempts: true, lastStatus: true, lastError: true, lastAnswer: true, deliveredAt: true, createdAt: true } },
    },
  });
}
