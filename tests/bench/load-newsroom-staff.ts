// The other side of the load test (tests/bench/load.ts), in a process of its own: two editors
// saving their drafts through the desk's server action, each save followed by the page refresh
// the desk's form asks for, and one reader arriving every half second on a new connection, as
// someone following a shared link does. In the load generator's own process these would be timed
// by an event loop that autocannon keeps busy, not by the server.
//
// Reads one JSON object from argv[2]: { base, cookie, actionId, verdict, durationMs, drafts: [{ id, version, fields }] }
// and prints one JSON object with what it measured.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { callAction } from "../helpers/server-actions";
import { BROWSER_PAGE_HEADERS } from "./browser-headers";

type Draft = { id: string; version: number; fields: Record<string, unknown> };
type Plan = { base: string; cookie: string; actionId: string; verdict: string; durationMs: number; drafts: Draft[] };
export type StaffReport = { acknowledged: number; refused: string[]; failed: number; saves: number[]; refreshes: number[]; readers: number[]; readerFailures: number };

const plan = JSON.parse(process.argv[2] ?? "null") as Plan | null;
if (!plan?.base || !plan.drafts?.length) {
  console.error("Usage: load-newsroom-staff.ts '<plan as JSON>' (run by tests/bench/load.ts).");
  process.exit(2);
}
const report: StaffReport = { acknowledged: 0, refused: [], failed: 0, saves: [], refreshes: [], readers: [], readerFailures: 0 };
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

/** One GET on a connection of its own, timed to the last byte. */
function freshGet(url: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: BROWSER_PAGE_HEADERS }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${response.statusCode}`))));
    });
    request.on("error", reject);
  });
}

async function reader() {
  while (performance.now() < until) {
    try {
      report.readers.push(await freshGet(`${plan!.base}${plan!.verdict}`));
    } catch {
      report.readerFailures += 1;
    }
    await pause(500);
  }
}

await Promise.all([...plan.drafts.map(editor), reader()]);
console.log(JSON.stringify(report));
