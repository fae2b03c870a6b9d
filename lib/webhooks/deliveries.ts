import http from "node:http";
import https from "node:https";
import type PgBoss from "pg-boss";
import type { Db } from "../db/client";
import { workWithoutPauses } from "../queue-work";
import { OutboundAddressError, outboundAddress } from "../security/outbound-address";
import { SIGNATURE_HEADER, signDelivery } from "./signature";

/**
 * Sending the deliveries recorded with each change (lib/webhooks/events.ts), on the existing queue
 * (pg-boss): the worker hands each new delivery to the queue as a job, the job POSTs it once, and
 * a failed attempt is retried with backoff (1, 2, 4 … 128 s). A delivery is DELIVERED after a 2xx
 * and never sent again; FAILED once its retries are spent or its address is refused; an admin can
 * send either again from the desk. Nothing here ever blocks the action that fired the event.
 */
export const WEBHOOK_QUEUE = "webhook-delivery";
export const RETRY_LIMIT = 8;
const TIMEOUT_MS = 5_000;
const ANSWER_KEPT = 500;

export async function startWebhookQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, retryBackoff: true, expireInSeconds: 60 });
}

/** Hands the queue every delivery waiting for it (status PENDING becomes QUEUED first, so each is handed over once). */
export async function dispatchWebhooks(db: Db, boss: PgBoss): Promise<number> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "status" = 'QUEUED', "updatedAt" = now()
     WHERE "id" IN (SELECT "id" FROM "WebhookDelivery" WHERE "status" = 'PENDING' ORDER BY "createdAt" LIMIT 200 FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  for (const { id } of claimed) {
    try {
      await boss.send(WEBHOOK_QUEUE, { deliveryId: id });
    } catch (error) {
      await db.webhookDelivery.update({ where: { id }, data: { status: "PENDING" } });
      throw error;
    }
  }
  return claimed.length;
}

type Attempt = { status: number | null; answer: string | null; error: string | null };

function post(url: URL, target: { address: string; family: number }, headers: Record<string, string>, body: string): Promise<Attempt> {
  return new Promise((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        // The connection goes to the address that was checked, whatever the name resolves to now.
        lookup: (_hostname, options, callback) => ((options as { all?: boolean }).all ? (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]) : callback(null, target.address, target.family)),
        timeout: TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < ANSWER_KEPT) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const answer = Buffer.concat(chunks).toString("utf8").slice(0, ANSWER_KEPT);
          const redirect = status >= 300 && status < 400 ? `answered with a redirect to ${response.headers.location ?? "nowhere"}; webhooks do not follow redirects` : null;
          resolve({ status, answer, error: redirect ?? (status >= 200 && status < 300 ? null : `answered ${status}`) });
        });
        response.on("error", (error) => resolve({ status: response.statusCode ?? null, answer: null, error: error.message }));
      },
    );
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    request.on("timeout", () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", (error) => resolve({ status: null, answer: null, error: `could not be reached: ${error.message}` }));
    request.on("close", () => clearTimeout(deadline));
    request.end(body);
  });
}

/** One attempt at one delivery: "done" (delivered, or nothing to do) or "retry". */
export async function attemptDelivery(options: { db: Db; deliveryId: string; ownOrigins: string[]; lastAttempt: boolean }): Promise<"done" | "retry"> {
  const { db } = options;
  const delivery = await db.webhookDelivery.findUnique({ where: { id: options.deliveryId }, select: { id: true, status: true, event: true, payload: true, webhook: { select: { url: true, secret: true, allowPrivate: true, active: true } } } });
  if (!delivery || delivery.status === "DELIVERED" || delivery.status === "FAILED") return "done";
  const record = (attempt: Attempt, status: "QUEUED" | "DELIVERED" | "FAILED") =>
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status, attempts: { increment: 1 }, lastStatus: attempt.status, lastAnswer: attempt.answer, lastError: attempt.error, ...(status === "DELIVERED" ? { deliveredAt: new Date() } : {}) },
    });
  if (!delivery.webhook.active) {
    await record({ status: null, answer: null, error: "the webhook is switched off" }, "FAILED");
    return "done";
  }
  const url = new URL(delivery.webhook.url);
  let target: { address: string; family: number };
  try {
    target = await outboundAddress(url, { allowPrivate: delivery.webhook.allowPrivate, ownOrigins: options.ownOrigins });
  } catch (error) {
    if (!(error instanceof OutboundAddressError)) throw error;
    await record({ status: null, answer: null, error: `refused: ${error.message}` }, "FAILED");
    return "done";
  }
  const body = JSON.stringify({ id: delivery.id, ...(delivery.payload as object) });
  const timestamp = Math.floor(Date.now() / 1000);
  const attempt = await post(url, target, {
    "content-type": "application/json",
    "user-agent": "Factlog-Webhooks/1",
    "factlog-event": delivery.event,
    "factlog-delivery": delivery.id,
    [SIGNATURE_HEADER]: signDelivery(delivery.webhook.secret, timestamp, body),
  }, body);
  if (!attempt.error) {
    await record(attempt, "DELIVERED");
    return "done";
  }
  await record(attempt, options.lastAttempt ? "FAILED" : "QUEUED");
  return options.lastAttempt ? "done" : "retry";
}

/** The worker: hands new deliveries to the queue every second and sends each job's delivery. */
export async function startWebhookWorker(options: { db: Db; boss: PgBoss; ownOrigins: string[]; log?: (line: string) => void }): Promise<() => void> {
  const log = options.log ?? ((line: string) => console.error(line));
  await startWebhookQueue(options.boss);
  let sweeping = false;
  const sweep = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    dispatchWebhooks(options.db, options.boss)
      .catch((error: Error) => log(`webhooks: the deliveries could not be queued (${error.message}); trying again in a second.`))
      .finally(() => {
        sweeping = false;
      });
  }, 1_000);
  await workWithoutPauses(options.boss, (eachJob) =>
    options.boss.work<{ deliveryId: string }>(
      WEBHOOK_QUEUE,
      { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true },
      eachJob(async ([job]) => {
        const outcome = await attemptDelivery({ db: options.db, deliveryId: job.data.deliveryId, ownOrigins: options.ownOrigins, lastAttempt: job.retryCount >= RETRY_LIMIT });
        // A thrown error is how pg-boss knows to retry the job, after its backoff.
        if (outcome === "retry") throw new Error(`webhook delivery ${job.data.deliveryId} failed; it will be retried`);
      }),
    ),
  );
  return () => clearInterval(sweep);
}
