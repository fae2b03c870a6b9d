// Webhooks (issue 22) against a real PostgreSQL, the real queue (pg-boss) and a receiver started
// here: with the receiver stopped, corrections are published; once it is back, every event is
// delivered exactly once, signed. Refused addresses, redirects and silent receivers are logged
// as failures, never sent to, never followed, never waited on past the timeout.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { correctClaim } from "../../lib/claims/review-claim";
import { createImportQueue } from "../../lib/sources/import-jobs";
import { attemptDelivery, startWebhookWorker } from "../../lib/webhooks/deliveries";
import { createWebhook, resendWebhookDelivery } from "../../lib/webhooks/mutations";
import { verifyDelivery } from "../../lib/webhooks/signature";
import { DEMO_USERS, seedDemo } from "../../prisma/demo/seed-demo";
import { resetData, testDb } from "../helpers/db";

type Received = { id: string; event: string; signature: string; body: string };

/** A receiver on a fixed port that can be stopped and started again. */
function receiver(port: number, answer: (response: http.ServerResponse) => void = (response) => response.writeHead(204).end()) {
  const received: Received[] = [];
  let server: http.Server | null = null;
  return {
    received,
    url: `http://127.0.0.1:${port}/hook`,
    start: () =>
      new Promise<void>((resolve) => {
        server = http.createServer((request, response) => {
          const chunks: Buffer[] = [];
          request.on("data", (chunk: Buffer) => chunks.push(chunk));
          request.on("end", () => {
            const body = Buffer.concat(chunks).toString("utf8");
            received.push({ id: String(request.headers["factlog-delivery"]), event: String(request.headers["factlog-event"]), signature: String(request.headers["factlog-signature"]), body });
            answer(response);
          });
        });
        server.listen(port, "127.0.0.1", () => resolve());
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
        server = null;
      }),
  };
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("webhooks", () => {
  const db = testDb();
  const boss = createImportQueue(inject("databaseUrl"));
  let stopSweeping = () => {};

  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
    await boss.start();
    stopSweeping = await startWebhookWorker({ db, boss, ownOrigins: ["http://localhost:3000"], log: () => {} });
  }, 60_000);
  afterAll(async () => {
    stopSweeping();
    await boss.stop({ graceful: false, wait: true, timeout: 3_000 });
    await resetData(db);
    await db.$disconnect();
  });

  const admin = async () => db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((user) => user.role === "admin")!.email }, select: { id: true, role: true } });
  const reviewer = async () => db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((user) => user.role === "reviewer")!.email }, select: { id: true, role: true } });

  it("delivers every event exactly once, signed, after the receiver comes back", async () => {
    const hook = receiver(await freePort());
    const created = await createWebhook({ db, actor: await admin(), input: { url: hook.url, events: ["claim.corrected"], allowPrivate: true } });
    // The receiver is down while two corrections are published through the desk's own function.
    const published = await db.claim.findMany({ where: { status: { in: ["PUBLISHED", "UPDATED"] } }, select: { id: true, version: true, slug: true }, take: 2, orderBy: { slug: "asc" } });
    expect(published).toHaveLength(2);
    const started = Date.now();
    for (const claim of published) {
      await correctClaim({ db, actor: await reviewer(), input: { claimId: claim.id, version: claim.version, ratingKey: "misleading", verdictSummary: "Corrected for the webhook test: the count was revised.", note: "The count was revised by the ministry." } });
    }
    // Firing an event never waits for its delivery.
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const failedMeanwhile = await db.webhookDelivery.findMany({ where: { webhookId: created.id }, select: { attempts: true, lastError: true, status: true } });
    expect(failedMeanwhile).toHaveLength(2);
    expect(failedMeanwhile.every((delivery) => delivery.attempts >= 1 && /could not be reached/.test(delivery.lastError ?? ""))).toBe(true);

    await hook.start();
    try {
      for (let waited = 0; waited < 40_000; waited += 250) {
        if ((await db.webhookDelivery.count({ where: { webhookId: created.id, status: "DELIVERED" } })) === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: created.id }, select: { id: true, status: true, lastStatus: true } });
      expect(deliveries.map((delivery) => delivery.status)).toEqual(["DELIVERED", "DELIVERED"]);
      // A moment more: nothing is sent twice.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(hook.received.map((each) => each.id).sort()).toEqual(deliveries.map((delivery) => delivery.id).sort());
      for (const each of hook.received) {
        expect(each.event).toBe("claim.corrected");
        expect(verifyDelivery({ secret: created.secret, header: each.signature, body: each.body })).toBe(true);
        expect(verifyDelivery({ secret: "another secret", header: each.signature, body: each.body })).toBe(false);
        const payload = JSON.parse(each.body);
        expect(payload).toMatchObject({ id: each.id, event: "claim.corrected", data: { claim: { status: "updated", verdict: { key: "misleading" } } } });
        expect(published.map((claim) => claim.slug)).toContain(payload.data.claim.slug);
      }

      // Sent again from the log: once more, exactly.
      await resendWebhookDelivery({ db, actor: await admin(), deliveryId: deliveries[0].id });
      for (let waited = 0; waited < 10_000 && hook.received.length < 3; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(hook.received.filter((each) => each.id === deliveries[0].id)).toHaveLength(2);
    } finally {
      await hook.stop();
    }
  }, 60_000);

  it("sends a burst of deliveries back to back, not one per polling interval", async () => {
    const times: number[] = [];
    const hook = receiver(await freePort(), (response) => {
      times.push(Date.now());
      response.writeHead(204).end();
    });
    await hook.start();
    try {
      // Ten subscribers hear of one correction.
      for (let index = 0; index < 10; index += 1) await createWebhook({ db, actor: await admin(), input: { url: `${hook.url}?subscriber=${index}`, events: ["claim.corrected"], allowPrivate: true } });
      const claim = await db.claim.findFirstOrThrow({ where: { status: { in: ["PUBLISHED", "UPDATED"] } }, select: { id: true, version: true }, orderBy: { slug: "desc" } });
      await correctClaim({ db, actor: await reviewer(), input: { claimId: claim.id, version: claim.version, ratingKey: "misleading", verdictSummary: "Corrected for the burst test: the count was revised.", note: "The count was revised." } });
      for (let waited = 0; waited < 20_000 && times.length < 10; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(times).toHaveLength(10);
      // Before, the worker waited out half a second after each delivery: 4.5 s at least from the first to the last.
      expect(times[9] - times[0]).toBeLessThan(3_000);
    } finally {
      await hook.stop();
    }
  }, 30_000);

  it("refuses a private address the admin did not allow, and this server itself, without sending", async () => {
    const hook = receiver(await freePort());
    await hook.start();
    try {
      const created = await createWebhook({ db, actor: await admin(), input: { url: hook.url, events: ["claim.archived"] } });
      const delivery = await db.webhookDelivery.create({ data: { webhookId: created.id, event: "claim.archived", payload: { event: "claim.archived" }, status: "QUEUED" } });
      expect(await attemptDelivery({ db, deliveryId: delivery.id, ownOrigins: [], lastAttempt: false })).toBe("done");
      const logged = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(logged.status).toBe("FAILED");
      expect(logged.lastError).toMatch(/127\.0\.0\.1 is an internal address/);
      const own = await createWebhook({ db, actor: await admin(), input: { url: "http://localhost:3000/hook", events: ["claim.archived"], allowPrivate: true } });
      const toSelf = await db.webhookDelivery.create({ data: { webhookId: own.id, event: "claim.archived", payload: {}, status: "QUEUED" } });
      await attemptDelivery({ db, deliveryId: toSelf.id, ownOrigins: ["http://localhost:3000"], lastAttempt: false });
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: toSelf.id } })).lastError).toMatch(/this Factlog server itself/);
      expect(hook.received).toEqual([]);
    } finally {
      await hook.stop();
    }
  });

  it("does not follow a redirect, and gives up on a receiver that does not answer", async () => {
    const redirecting = receiver(await freePort(), (response) => response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end());
    await redirecting.start();
    let silentServer: http.Server | null = null;
    try {
      const created = await createWebhook({ db, actor: await admin(), input: { url: redirecting.url, events: ["claim.archived"], allowPrivate: true } });
      const delivery = await db.webhookDelivery.create({ data: { webhookId: created.id, event: "claim.archived", payload: {}, status: "QUEUED" } });
      await attemptDelivery({ db, deliveryId: delivery.id, ownOrigins: [], lastAttempt: true });
      const logged = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(logged).toMatchObject({ status: "FAILED", lastStatus: 302 });
      expect(logged.lastError).toMatch(/redirect to http:\/\/169\.254\.169\.254.*do not follow redirects/);

      const port = await freePort();
      silentServer = http.createServer(() => {});
      await new Promise<void>((resolve) => silentServer!.listen(port, "127.0.0.1", () => resolve()));
      const silent = await createWebhook({ db, actor: await admin(), input: { url: `http://127.0.0.1:${port}/hook`, events: ["claim.archived"], allowPrivate: true } });
      const waiting = await db.webhookDelivery.create({ data: { webhookId: silent.id, event: "claim.archived", payload: {}, status: "QUEUED" } });
      const started = Date.now();
      expect(await attemptDelivery({ db, deliveryId: waiting.id, ownOrigins: [], lastAttempt: false })).toBe("retry");
      expect(Date.now() - started).toBeLessThan(7_000);
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).lastError).toMatch(/no answer within 5 s/);
    } finally {
      await redirecting.stop();
      silentServer?.closeAllConnections();
      await new Promise((resolve) => (silentServer ? silentServer.close(resolve) : resolve(null)));
    }
  }, 20_000);
});
