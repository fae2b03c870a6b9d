// The load test of issue 7, on the production build over real PostgreSQL holding the generated
// newsroom: a mixed load of readers (80% verdict pages, 15% searches, 5% API calls) from 100
// connections for 60 seconds, while two editors save claims the whole time through the desk's
// own server action. Every save the server acknowledged must be in the database afterwards.
// autocannon's latencies include the time its own busy process takes to read each answer (it
// shares the machine's two cores with the server and PostgreSQL), so the editors and a reader
// arriving on a new connection are timed from a separate process (load-newsroom-staff.ts).
import autocannon from "autocannon";
import { execFile } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { CLAIM_FIELD_SELECT, toClaimFields } from "../../lib/claims/snapshot";
import { createDb } from "../../lib/db/client";
import { signInOverHttp } from "../helpers/http-session";
import { buildActions, callAction } from "../helpers/server-actions";
import { ROOT, serveBuild } from "../helpers/served-app";
import { headersFor } from "./browser-headers";
import type { StaffReport } from "./load-newsroom-staff";
import { benchNewsroom } from "./newsroom";
import { startPrivateRedis } from "../helpers/private-redis";

const CONNECTIONS = 100;
const DURATION = 75;
const VERDICT_PAGES = 100;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const p50p95 = (values: number[]) => `${percentile(sorted(values), 0.5).toFixed(0)} / ${percentile(sorted(values), 0.95).toFixed(0)} ms`;

type Kind = "verdict" | "search" | "api";
const kindOf = (path: string): Kind => (path.includes("/search") ? "search" : path.startsWith("/api/") ? "api" : "verdict");

type Setup = { label: string; env?: Record<string, string>; readerProcesses?: number };

/**
 * The mixed load three times (issue 16): with one Next.js process for readers and desk alike, then
 * with the desk in a process of its own behind the front door (a private Redis as the shared
 * cache) and one, then two, readers' processes.
 */
export async function benchLoad(): Promise<string[]> {
  const url = await benchNewsroom();
  const lines = await mixedLoad(url, { label: "one process" });
  const redis = await startPrivateRedis();
  try {
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `factlog-bench-${Date.now()}:` };
    lines.push(...(await mixedLoad(url, { label: "desk in its own process, one readers' process, Redis cache", env })));
    lines.push(...(await mixedLoad(url, { label: "desk in its own process, two readers' processes, Redis cache", env: { ...env, REDIS_KEY_PREFIX: `${env.REDIS_KEY_PREFIX}2:` }, readerProcesses: 2 })));
  } finally {
    await redis.stop();
  }
  return lines;
}

async function mixedLoad(url: string, setup: Setup): Promise<string[]> {
  const db = createDb(url, { maxConnections: 2 });
  const port = 4400 + Math.floor(Math.random() * 100);
  console.error(`  load: ${setup.label}…`);
  const app = await serveBuild({ databaseUrl: url, port, quiet: true, env: setup.env, readerProcesses: setup.readerProcesses });
  try {
    const base = app.baseUrl;
    // Published claims are those with i % 10 < 7 (tests/bench/newsroom.ts).
    const verdicts = Array.from({ length: VERDICT_PAGES }, (_, index) => index * 7 + 1).filter((i) => i % 10 < 7).map((i) => `/claims/generated-claim-${i}`);
    // Fifty different searches: places, topics, speakers' names in Cyrillic, everyday words.
    const searches = Array.from({ length: 50 }, (_, i) =>
      [`/search?q=Place${i * 3 + 1}`, `/search?q=topic${i * 7 + 11}`, `/ru/search?q=${encodeURIComponent(`Спикер ${i + 1}`)}`, `/search?q=${["airport", "police", "fuel", "hospital", "rally"][i % 5]}%20Place${i}`][i % 4]);
    const apis = ["/api/v1/claims?limit=20", "/api/v1/claims/generated-claim-11", "/api/v1/claims?language=ru&limit=20"];
    console.error(`  load: warming ${verdicts.length} verdict pages and ${searches.length} searches…`);
    for (const address of [...verdicts, ...searches, ...apis]) await (await fetch(`${base}${address}`, { headers: headersFor(address) })).arrayBuffer();

    // Two editors, each on a draft of their own.
    const cookie = await signInOverHttp(base, "bench-editor@factlog.test", "bench editor password");
    const saveAction = buildActions().get("saveClaimAction")!.id;
    const drafts = await db.claim.findMany({ where: { status: "DRAFT", createdBy: { email: "bench-editor@factlog.test" } }, select: { id: true, version: true, ...CLAIM_FIELD_SELECT }, take: 2, orderBy: { id: "asc" } });
    if (drafts.length < 2) throw new Error("The newsroom has no drafts by the bench editor to save.");

    // The claim a reviewer corrects at 40% of the run: the verdict page the newly arriving reader reads.
    const reviewerCookie = await signInOverHttp(base, "bench-reviewer@factlog.test", "bench reviewer password");
    const corrected = await db.claim.findUniqueOrThrow({ where: { slug: verdicts[3].split("/").pop() }, select: { id: true, version: true, rating: { select: { key: true } } } });
    const correction = { cookie: reviewerCookie, actionId: buildActions().get("correctClaimAction")!.id, claimId: corrected.id, version: corrected.version, ratingKey: corrected.rating?.key === "false" ? "misleading" : "false" };
    // The claim the reviewer publishes at 60%: one in review, by the bench editor, with evidence (tests/bench/newsroom.ts).
    const inReview = await db.claim.findFirstOrThrow({ where: { status: "IN_REVIEW" }, select: { id: true, version: true }, orderBy: { id: "asc" } });
    const publication = { cookie: reviewerCookie, actionId: buildActions().get("publishClaimAction")!.id, claimId: inReview.id, version: inReview.version };
    // The claim the reviewer archives at 20%: a published one the load does not ask for (each run another), in the lists and timelines it reads.
    const withdrawn = await db.claim.findFirstOrThrow({ where: { status: "PUBLISHED", slug: { notIn: verdicts.map((address) => address.split("/").pop()!) } }, select: { id: true, version: true }, orderBy: { id: "asc" } });
    const archive = { cookie: reviewerCookie, actionId: buildActions().get("archiveClaimAction")!.id, claimId: withdrawn.id, version: withdrawn.version };

    // The desk's code paths warmed too, as on any running site: one page view and one save that changes nothing.
    for (const draft of drafts) {
      await (await fetch(`${base}/desk/claims/${draft.id}`, { headers: { cookie } })).arrayBuffer();
      const fields = JSON.parse(JSON.stringify(toClaimFields(draft)));
      const { reply } = await callAction({ base, page: `/desk/claims/${draft.id}`, id: saveAction, args: [{ claimId: draft.id, version: draft.version, base: fields, fields }], cookie });
      if (!reply?.ok) throw new Error(`Warming the desk: the save was refused: ${reply?.message ?? "no reply"}`);
    }

    let index = 0;
    const mix = (): string => {
      const slot = index++ % 20;
      if (slot < 16) return verdicts[index % verdicts.length];
      if (slot < 19) return searches[index % searches.length];
      return apis[index % apis.length];
    };
    // The editors and a newly arriving reader, in a process of their own (load-newsroom-staff.ts).
    const staffPlan = {
      base, cookie, actionId: saveAction, verdict: verdicts[3], durationMs: DURATION * 1000, correction, publication, archive,
      drafts: drafts.map((draft) => ({ id: draft.id, version: draft.version, fields: JSON.parse(JSON.stringify(toClaimFields(draft))) })),
    };
    const staff = promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(import.meta.dirname, "load-newsroom-staff.ts"), JSON.stringify(staffPlan)], { cwd: ROOT, maxBuffer: 16 << 20 });
    console.error(`  load: ${CONNECTIONS} connections for ${DURATION} s, with two editors saving…`);
    const times: number[] = [];
    // Each response's arrival (ms since the epoch) and duration, to compare the seconds around the correction.
    const arrivals: [number, number][] = [];
    const byKind: Record<Kind, number[]> = { verdict: [], search: [], api: [] };
    const slowBySecond = new Map<number, number>();
    // Each answer over a second: when it arrived (ms since the epoch) and what it was for.
    const slow: [number, string][] = [];
    const started = performance.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base, connections: CONNECTIONS, duration: DURATION, timeout: 30,
          // The path is kept in the connection's context: with one request in flight per connection,
          // the context still names the request whose response arrives.
          requests: [
            {
              setupRequest: (request, context: { path?: string }) => {
                const address = (context.path = mix());
                return { ...request, path: address, headers: { ...request.headers, ...headersFor(address) } };
              },
            },
          ],
        },
        (error, outcome) => (error ? reject(error) : resolve(outcome)),
      );
      instance.on("response", (client, _status, _bytes, responseTime) => {
        times.push(responseTime);
        arrivals.push([Date.now(), responseTime]);
        const context = (client as unknown as { requestIterator?: { context?: { path?: string } } }).requestIterator?.context;
        byKind[kindOf(context?.path ?? "")].push(responseTime);
        if (responseTime > 1000) {
          slow.push([Date.now(), context?.path ?? "?"]);
          const second = Math.floor((performance.now() - started) / 1000);
          slowBySecond.set(second, (slowBySecond.get(second) ?? 0) + 1);
        }
      });
    });
    console.error(`  load: responses over 1 s, by second of the run: ${JSON.stringify(Object.fromEntries(slowBySecond))}`);
    const report = JSON.parse((await staff).stdout) as StaffReport;
    for (const message of new Set(report.refused)) console.error(`  load: a save was refused: ${message}`);

    // Every acknowledged save is there: each one raised its claim's version by one.
    const after = await db.claim.findMany({ where: { id: { in: drafts.map((draft) => draft.id) } }, select: { id: true, version: true } });
    const acknowledged = report.acknowledged;
    const stored = after.reduce((sum, claim) => sum + claim.version, 0) - drafts.reduce((sum, draft) => sum + draft.version, 0);
    times.sort((a, b) => a - b);
    for (const list of Object.values(byKind)) list.sort((a, b) => a - b);
    const kindLine = (kind: Kind) => `${kind} ${percentile(byKind[kind], 0.5).toFixed(0)} / ${percentile(byKind[kind], 0.95).toFixed(0)} ms (${byKind[kind].length.toLocaleString("en-GB")})`;
    const rps = result.requests.total / (result.duration || DURATION);
    // The ten seconds before the correction and the ten after it was acknowledged.
    const { correction: fix } = report;
    if (fix.error) throw new Error(`The correction was refused: ${fix.error}`);
    const within = (list: [number, number][], from: number, to: number) => sorted(list.filter(([at]) => at >= from && at < to).map(([, ms]) => ms));
    if (report.publication.error) throw new Error(`The publication was refused: ${report.publication.error}`);
    if (report.archive.error) throw new Error(`The archive was refused: ${report.archive.error}`);
    const around = (list: [number, number][], change: { sentAt: number; acknowledgedAt: number } = fix) => {
      const [before, after] = [within(list, change.sentAt - 10_000, change.sentAt), within(list, change.acknowledgedAt, change.acknowledgedAt + 10_000)];
      if (after.length === 0) return `${percentile(before, 0.95).toFixed(0)} ms → none answered within the 10 s`;
      return `${percentile(before, 0.95).toFixed(0)} → ${percentile(after, 0.95).toFixed(0)} ms (slowest after ${Math.max(...after).toFixed(0)} ms; ${after.length.toLocaleString("en-GB")} answers)`;
    };
    // Which answers were slow after the correction: those showing it (its page, its quantity's, the searches and lists naming it) or others.
    const slowAround = (change: { sentAt: number; acknowledgedAt: number }) => {
      const slowAfter = new Map<string, number>();
      for (const [at, address] of slow) if (at >= change.sentAt && at < change.acknowledgedAt + 10_000) slowAfter.set(address, (slowAfter.get(address) ?? 0) + 1);
      return [...slowAfter].sort((a, b) => b[1] - a[1]).map(([address, count]) => `${address}${address === verdicts[3] ? " (the corrected verdict)" : ""} ×${count}`).join(", ") || "none";
    };
    const slowList = slowAround(fix);
    const slowCount = (change: { sentAt: number; acknowledgedAt: number }) => {
      const count = slow.filter(([at]) => at >= change.sentAt && at < change.acknowledgedAt + 10_000).length;
      const list = slowAround(change).split(", ");
      return `${count.toLocaleString("en-GB")}${count ? `: ${list.slice(0, 6).join(", ")}${list.length > 6 ? ", …" : ""}` : ""}`;
    };
    const readerTimes = report.readers.map(([, ms]) => ms);
    return [
      `| **mixed load, ${setup.label}**, on the same newsroom: ${CONNECTIONS} connections × ${DURATION} s, 80% verdict pages (${verdicts.length} pages, warmed), 15% search (${searches.length} queries, warmed), 5% API, two editors saving drafts throughout | |`,
      `| mixed load: requests/s, p50 / p95 / p99 | ${Math.round(rps).toLocaleString("en-GB")} /s, ${percentile(times, 0.5).toFixed(0)} / ${percentile(times, 0.95).toFixed(0)} / ${percentile(times, 0.99).toFixed(0)} ms (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx of ${result.requests.total.toLocaleString("en-GB")}) |`,
      `| mixed load by kind: p50 / p95 (responses) | ${(["verdict", "search", "api"] as Kind[]).map(kindLine).join("; ")} |`,
      `| editors' saves during the load (from their own process): acknowledged, time to acknowledge | ${acknowledged} saves (${report.refused.length} refused, ${report.failed} failed), p50 / p95 ${p50p95(report.saves)}; the desk page refreshed after each, p50 / p95 ${p50p95(report.refreshes)}; in the database afterwards: ${stored} of ${acknowledged} |`,
      `| a reader arriving every 0.5 s on a new connection during the load (own process): verdict page, p50 / p95 / max | ${p50p95(readerTimes)} / ${Math.max(...readerTimes).toFixed(0)} ms (${readerTimes.length} requests, ${report.readerFailures} failed) |`,
      `| a correction of that verdict published at 40% by a reviewer through the desk: acknowledged in; a reader on a new connection has it after | ${fix.acknowledgedAt - fix.sentAt} ms; ${fix.seenAt === null ? "**never** within the run" : `${fix.seenAt - fix.acknowledgedAt} ms`} |`,
      `| the 10 s before the correction → the 10 s after: p95 of the load's answers; of the newly arriving reader | ${around(arrivals)}; ${around(report.readers)} |`,
      `| answers over 1 s from the correction to 10 s after it was acknowledged, by address | ${slowList} |`,
      `| a claim in review published at 60% by the reviewer (every list and timeline stale): acknowledged in; the 10 s before → after: p95 of the load's answers; of the newly arriving reader | ${report.publication.acknowledgedAt - report.publication.sentAt} ms; ${around(arrivals, report.publication)}; ${around(report.readers, report.publication)} |`,
      `| answers over 1 s from the publication to 10 s after it was acknowledged | ${slowCount(report.publication)} |`,
      `| a published claim archived at 20% by the reviewer (a change to anything: every page made again before it is served): acknowledged in; the 10 s before → after: p95 of the load's answers; of the newly arriving reader | ${report.archive.acknowledgedAt - report.archive.sentAt} ms; ${around(arrivals, report.archive)}; ${around(report.readers, report.archive)} |`,
      `| answers over 1 s from the archive to 10 s after it was acknowledged | ${slowCount(report.archive)} |`,
    ];
  } finally {
    await db.$disconnect();
    await app.stop();
  }
}
