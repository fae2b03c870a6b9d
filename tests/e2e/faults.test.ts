// PostgreSQL stopped under load: the production build runs against a PostgreSQL of the test's own
// (tests/helpers/private-postgres.ts), which the test stops in the middle of readers' requests and
// an editor's saves, then starts again.
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIM_FIELD_SELECT, toClaimFields } from "../../lib/claims/snapshot";
import { linkEvidence } from "../../lib/evidence/mutations";
import { createDb, type Db } from "../../lib/db/client";
import { DATABASE_DOWN } from "../../lib/db/errors";
import { getMessages } from "../../lib/i18n/messages";
import { DEMO_USERS, seedDemo } from "../../prisma/demo/seed-demo";
import { launchBrowser } from "../helpers/browser";
import { signInOverHttp } from "../helpers/http-session";
import { buildActions, callAction } from "../helpers/server-actions";
import { createMigratedDatabase, startPrivateCluster, type PrivateCluster } from "../helpers/private-postgres";
import { serveBuild, type ServedApp } from "../helpers/served-app";

type Sample = { at: number; ms: number; status: number; body: string };

describe("PostgreSQL stopped while readers read and an editor saves", () => {
  let cluster: PrivateCluster;
  let app: ServedApp;
  let db: Db;

  beforeAll(async () => {
    cluster = await startPrivateCluster();
    const url = await createMigratedDatabase(cluster.primary);
    db = createDb(url, { maxConnections: 2 });
    await seedDemo({ db });
    app = await serveBuild({ databaseUrl: url, port: 4700 + Math.floor(Math.random() * 200), quiet: true });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await db?.$disconnect().catch(() => undefined);
    await cluster?.destroy();
  });

  it("fails fast with a page in the reader's language, recovers by itself, and loses no acknowledged save", async () => {
    const base = app.baseUrl;
    const editor = DEMO_USERS.find((user) => user.role === "editor")!;
    const cookie = await signInOverHttp(base, editor.email, editor.password);
    const saveAction = buildActions().get("saveClaimAction")!.id;
    const draft = await db.claim.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true, version: true, ...CLAIM_FIELD_SELECT } });
    const startVersion = draft.version;
    // The evidence path has the same after-commit step: an editor re-notes a link throughout.
    const changeEvidenceAction = buildActions().get("changeEvidenceAction")!.id;
    const entry = await db.entry.findFirstOrThrow({ where: { evidenceLinks: { none: { claimId: draft.id } } }, select: { id: true, text: true } });
    const link = await linkEvidence({ db, actor: await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, role: true } }), input: { claimId: draft.id, entryId: entry.id, stance: "CONTEXT", passage: entry.text.slice(0, 20) } });

    // Readers: a search (never cached) in Russian, and the API; an editor: saving again and again.
    const readers: Sample[] = [];
    const saves: { ok: boolean; message?: string; status: number }[] = [];
    const evidenceChanges: { ok: boolean; message?: string; status: number }[] = [];
    let acknowledged = 0;
    const stop = { now: false };
    const started = performance.now();
    const read = async (address: () => string) => {
      while (!stop.now) {
        const begin = performance.now();
        try {
          const response = await fetch(`${base}${address()}`, { signal: AbortSignal.timeout(15_000) });
          readers.push({ at: begin - started, ms: performance.now() - begin, status: response.status, body: await response.text() });
        } catch {
          readers.push({ at: begin - started, ms: performance.now() - begin, status: 0, body: "" });
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const write = async () => {
      let version = startVersion;
      let saved = JSON.parse(JSON.stringify(toClaimFields(draft))) as Record<string, unknown>;
      for (let round = 0; !stop.now; round += 1) {
        const fields = { ...saved, saidWhere: `Fault test round ${round}` };
        try {
          const { status, reply } = await callAction<{ version: number }>({ base, page: `/desk/claims/${draft.id}`, id: saveAction, args: [{ claimId: draft.id, version, base: saved, fields }], cookie, timeoutMs: 15_000 });
          const parsed = reply ?? { ok: false };
          saves.push({ ok: parsed.ok, message: parsed.message, status });
          if (parsed.ok && parsed.data) {
            acknowledged += 1;
            version = parsed.data.version;
            saved = fields;
          }
        } catch {
          saves.push({ ok: false, status: 0 });
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    };
    const changeEvidence = async () => {
      for (let round = 0; !stop.now; round += 1) {
        try {
          const args = [{ linkId: link.id, claimId: draft.id, stance: "CONTEXT", note: `Fault test note ${round}` }];
          const { status, reply } = await callAction({ base, page: `/desk/claims/${draft.id}`, id: changeEvidenceAction, args, cookie, timeoutMs: 15_000 });
          evidenceChanges.push({ ok: reply?.ok ?? false, message: reply?.message, status });
        } catch {
          evidenceChanges.push({ ok: false, status: 0 });
        }
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
    };
    // Each search different, so none is answered from the search results remembered in memory.
    const search = () => `/ru/search?q=${encodeURIComponent(`бандит ${Math.random().toString(36).slice(2, 7)}`)}`;
    const ok = (sample: Sample) => sample.status === 200 && !sample.body.includes(getMessages("ru")("searchUnavailable"));
    // API queries differ too; one asked before the outage is asked again during it, below.
    const apiQuery = () => `/api/v1/claims?limit=5&q=${Math.random().toString(36).slice(2, 7)}`;
    const remembered = await (await fetch(`${base}/api/v1/claims?limit=3`)).text();
    // A verdict page nobody has opened yet, so it is not in the page cache when the database stops.
    const unopened = await db.claim.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true }, orderBy: { slug: "desc" } });
    const running = Promise.all([read(search), read(apiQuery), write(), changeEvidence()]);

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const stoppedAt = performance.now() - started;
    await cluster.primary.stop();
    // What a reader's browser shows meanwhile: the search page says so, in Russian, at once.
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const opened = performance.now();
    await page.goto(`${base}${search()}`);
    await page.getByTestId("search-unavailable").waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("search-unavailable").textContent()).toBe(getMessages("ru")("searchUnavailable"));
    const shownInMs = performance.now() - opened;
    await browser.close();
    expect(shownInMs).toBeLessThan(6_000);
    // What the server had already answered, it still answers from memory.
    const again = await fetch(`${base}/api/v1/claims?limit=3`);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(remembered);
    // A verdict page rendered now says so itself, in Kyrgyz, readable without scripts.
    const unavailable = await fetch(`${base}/ky/claims/${unopened.slug}`);
    const unavailableHtml = await unavailable.text();
    expect(unavailableHtml).toContain(getMessages("ky")("outageBody"));
    expect(unavailableHtml).toContain('<html lang="ky"');
    expect(unavailableHtml).not.toMatch(/at async|node_modules|ECONNREFUSED|PrismaClient|DriverAdapterError/);
    // A CDN in front may keep it for a second, not for the route's hour.
    expect(unavailable.headers.get("cache-control")).toMatch(/^s-maxage=1\b/);
    const searchUnavailable = await fetch(`${base}${search()}`);
    expect(await searchUnavailable.text()).toContain(getMessages("ru")("searchUnavailable"));
    expect(searchUnavailable.headers.get("cache-control")).toMatch(/^s-maxage=1\b/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const restartedAt = performance.now() - started;
    await cluster.primary.start();
    // Recovered: the first search answered 200 after PostgreSQL came back.
    const deadline = performance.now() + 20_000;
    while (performance.now() < deadline && !readers.some((sample) => sample.at > restartedAt && ok(sample) && sample.body.includes("<html"))) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    stop.now = true;
    await running;

    const during = readers.filter((sample) => sample.at > stoppedAt + 500 && sample.at + sample.ms < restartedAt);
    expect(during.length).toBeGreaterThan(4);
    for (const sample of during) {
      // Fast: no reader waits out a timeout while the database is down.
      expect(sample.ms, JSON.stringify({ at: sample.at, status: sample.status })).toBeLessThan(6_000);
      expect(sample.body).not.toMatch(/at async|node_modules|ECONNREFUSED|PrismaClient|DriverAdapterError/);
      if (sample.body.startsWith("<!DOCTYPE")) {
        expect(sample.status).toBe(200);
        expect(sample.body).toContain(getMessages("ru")("searchUnavailable"));
      } else {
        expect(sample.status).toBe(503);
        expect(JSON.parse(sample.body)).toEqual({ error: { message: expect.stringMatching(/database/i) } });
      }
    }
    // The page said so only while it lasted: it is not kept in the cache.
    const recoveredPage = await fetch(`${base}/ky/claims/${unopened.slug}`);
    const verdict = await recoveredPage.text();
    expect(verdict).toContain('data-testid="quote"');
    expect(recoveredPage.headers.get("cache-control")).toMatch(/^s-maxage=3600\b/);
    expect(verdict).not.toContain(getMessages("ky")("outageBody"));
    const recovered = readers.find((sample) => sample.at > restartedAt && ok(sample) && sample.body.includes("<html"));
    expect(recovered, "a reader got a page again after PostgreSQL came back").toBeDefined();
    expect(recovered!.at + recovered!.ms - restartedAt).toBeLessThan(15_000);

    // The editor was told, in words, while the database was down; and every acknowledged save is there.
    const refused = saves.filter((save) => !save.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const save of refused) expect(save.message ?? "", JSON.stringify(save)).toBe(DATABASE_DOWN);
    expect(saves.filter((save) => save.ok).length).toBeGreaterThan(2);
    const after = await db.claim.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    expect(after.version - startVersion).toBe(acknowledged);
    // The same for evidence: every change it was told failed did fail (no audit event), and every
    // acknowledged one is recorded once.
    const evidenceRefused = evidenceChanges.filter((change) => !change.ok);
    expect(evidenceRefused.length).toBeGreaterThan(0);
    for (const change of evidenceRefused) expect(change.message ?? "", JSON.stringify(change)).toBe(DATABASE_DOWN);
    const evidenceAudited = await db.auditEvent.count({ where: { entityType: "EvidenceLink", entityId: link.id, action: "update" } });
    expect(evidenceAudited).toBe(evidenceChanges.filter((change) => change.ok).length);
  });
});
