// The other side of the load test (tests/bench/load.ts), in a process of its own: two editors
// saving their drafts through the desk's server action, each save followed by the page refresh
// the desk's form asks for, and one reader arriving every half second on a new connection, as
// someone following a shared link does. In the load generator's own process these would be timed
// by an event loop that autocannon keeps busy, not by the server.
//
// At 20% of the run, a reviewer archives a published claim, which takes it off every page that
// shows it (a change to anything). At 40%, the reviewer publishes a correction of the verdict page
// that reader follows, as on the day a story breaks, and a reader on a new connection every 50 ms
// watches for it. At 60%, the reviewer publishes a claim in review, which adds to every list and
// timeline.
//
// Reads one JSON object from argv[2]: { base, cookie, actionId, verdict, durationMs, drafts: [{ id, version, fields }],
// correction: { cookie, actionId, claimId, version, ratingKey }, publication and archive: { cookie, actionId, claimId, version } }
// and prints one JSON object with what it measured.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { callAction } from "../helpers/server-actions";
import { BROWSER_PAGE_HEADERS } from "./browser-headers";

type Draft = { id: string; version: number; fields: Record<string, unknown> };
type Correction = { cookie: string; actionId: string; claimId: string; version: number; ratingKey: string };
type ClaimStep = { cookie: string; actionId: string; claimId: string; version: number };
type Plan = { base: string; cookie: string; actionId: string; verdict: string; durationMs: number; drafts: Draft[]; correction: Correction; publication: ClaimStep; archive: ClaimStep };
type ReviewStep = { sentAt: number; acknowledgedAt: number; error: string | null };
/** `readers`: [wall-clock time the request was sent (ms since the epoch), its duration]. `correction`: when it was acknowledged and when a reader first had it. */
export type StaffReport = {
  acknowledged: number; refused: string[]; failed: number; saves: number[]; refreshes: number[]; readers: [number, number][]; readerFailures: number;
  correction: { sentAt: number; acknowledgedAt: number; seenAt: number | null; error: string | null };
  publication: ReviewStep;
  archive: ReviewStep;
};

const plan = JSON.parse(process.argv[2] ?? "null") as Plan | null;
if (!plan?.base || !plan.drafts?.length) {
  console.error("Usage: load-newsroom-staff.ts '<plan as JSON>' (run by tests/bench/load.ts).");
  process.exit(2);
}
const report: StaffReport = { acknowledged: 0, refused: [], failed: 0, saves: [], refreshes: [], readers: [], readerFailures: 0, correction: { sentAt: 0, acknowledgedAt: 0, seenAt: null, error: null }, publication: { sentAt: 0, acknowledgedAt: 0, error: null }, archive: { sentAt: 0, acknowledgedAt: 0, error: null } };
const until = performance.now() + plan.durationMs;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Each run's values are new, so every save changes the claim and raises its version by one.
const run = Date.now().toString(36);

async function editor(draft: Draft) {
  let version = draft.version;
  let saved = draft.fields;
  for (let round = 0; performance.now() < until; round += 1) {
    const started = performance.now();
    try {
      const fields = { ...saved, saidWhere: `Load test ${run}, round ${round}` };
      const { status, reply } = await callAction<{ version: number }>({ base: plan!.base, page: `/desk/claims/${draft.id}`, id: plan!.actionId, args: [{ claimId: draft.id, version, base: saved, fields }], cookie: plan!.cookie });
      if (status === 200 && reply?.ok && reply.data) {
        report.acknowledged += 1;
        version = reply.data.version;
        saved = fields;
      } else if (status === 200) report.refused.push(reply?.message ?? "no reply");
      else report.failed += 1;
    } catch {
      report.failed += 1;
    }
    report.saves.push(performance.now() - started);
    // Then the form refreshes its page (history, suggestions), as the desk's router does.
    const refreshing = performance.now();
    try {
      const page = await fetch(`${plan!.base}/desk/claims/${draft.id}`, { headers: { rsc: "1", cookie: plan!.cookie } });
      await page.arrayBuffer();
      if (page.status === 200) report.refreshes.push(performance.now() - refreshing);
      else report.failed += 1;
    } catch {
      report.failed += 1;
    }
    await pause(250);
  }
}

/** One GET on a connection of its own, timed to the last byte; `body` keeps the page's text. */
function freshGet(url: string, options: { body?: boolean } = {}): Promise<{ ms: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: options.body ? { accept: "text/html" } : BROWSER_PAGE_HEADERS }, (response) => {
      let text = "";
      if (options.body) response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      else response.resume();
      response.on("end", () => (response.statusCode === 200 ? resolve({ ms: performance.now() - started, text }) : reject(new Error(`status ${response.statusCode}`))));
    });
    request.on("error", reject);
  });
}

/** At 40%: the correction, through the desk's own action, then a reader every 50 ms until one sees it. */
async function correct(correction: Correction) {
  await pause(plan!.durationMs * 0.4);
  const summary = `Corrected during the load test ${run}: the figure was revised.`;
  report.correction.sentAt = Date.now();
  const { status, reply } = await callAction({
    base: plan!.base, page: `/desk/claims/${correction.claimId}`, id: correction.actionId, cookie: correction.cookie,
    args: [{ claimId: correction.claimId, version: correction.version, ratingKey: correction.ratingKey, verdictSummary: summary, note: "Revised during the load test." }],
  });
  report.correction.acknowledgedAt = Date.now();
  if (status !== 200 || !reply?.ok) {
    report.correction.error = `status ${status}: ${reply?.message ?? "no reply"}`;
    return;
  }
  while (performance.now() < until) {
    const seen = await freshGet(`${plan!.base}${plan!.verdict}`, { body: true }).then((page) => page.text.includes(summary), () => false);
    if (seen) {
      report.correction.seenAt = Date.now();
      return;
    }
    await pause(50);
  }
}

/** At `fraction` of the run: a reviewer's step on `claim` through the desk's own action, timed into `into`. */
async function review(fraction: number, claim: ClaimStep, args: Record<string, unknown>, into: ReviewStep) {
  await pause(plan!.durationMs * fraction);
  into.sentAt = Date.now();
  const { status, reply } = await callAction({
    base: plan!.base, page: `/desk/claims/${claim.claimId}`, id: claim.actionId, cookie: claim.cookie,
    args: [{ claimId: claim.claimId, version: claim.version, ...args }],
  });
  into.acknowledgedAt = Date.now();
  if (status !== 200 || !reply?.ok) into.error = `status ${status}: ${reply?.message ?? "no reply"}`;
}

async function reader() {
  while (performance.now() < until) {
    try {
      const sent = Date.now();
      report.readers.push([sent, (await freshGet(`${plan!.base}${plan!.verdict}`)).ms]);
    } catch {
      report.readerFailures += 1;
    }
    await pause(500);
  }
}

await Promise.all([
  ...plan.drafts.map(editor),
  reader(),
  review(0.2, plan.archive, { reason: `Archived during the load test ${run}.` }, report.archive),
  correct(plan.correction),
  review(0.6, plan.publication, { ratingKey: "false", verdictSummary: `Published during the load test ${run}.` }, report.publication),
]);
console.log(JSON.stringify(report));
