// The load test of issue 7, on the production build over real PostgreSQL holding the generated
// newsroom: a mixed load of readers (80% verdict pages, 15% searches, 5% API calls) from 100
// connections for 60 seconds, while two editors save claims the whole time through the desk's
// own server action. Every save the server acknowledged must be in the database afterwards.
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import { CLAIM_FIELD_SELECT, toClaimFields } from "../../lib/claims/snapshot";
import { createDb } from "../../lib/db/client";
import { signInOverHttp } from "../helpers/http-session";
import { buildActions, callAction } from "../helpers/server-actions";
import { serveBuild } from "../helpers/served-app";
import { benchNewsroom } from "./newsroom";

const CONNECTIONS = 100;
const DURATION = 60;
const VERDICT_PAGES = 100;

type Kind = "verdict" | "search" | "api";
const kindOf = (path: string): Kind => (path.includes("/search") ? "search" : path.startsWith("/api/") ? "api" : "verdict");

type Editor = { acknowledged: number; refused: number; failed: number; times: number[] };

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

/** One editor saving one draft claim again and again, as the desk's form does, until told to stop. */
async function editLoop(base: string, cookie: string, actionId: string, claimId: string, startVersion: number, fields: Record<string, unknown>, stop: { now: boolean }): Promise<Editor> {
  const editor: Editor = { acknowledged: 0, refused: 0, failed: 0, times: [] };
  let version = startVersion;
  // What the editor's form holds: the claim as loaded, then as last saved.
  let saved = fields;
  for (let round = 0; !stop.now; round += 1) {
    const started = performance.now();
    try {
      const fields = { ...saved, saidWhere: `Load test round ${round}` };
      const { status, reply } = await callAction<{ version: number }>({ base, page: `/desk/claims/${claimId}`, id: actionId, args: [{ claimId, version, base: saved, fields }], cookie });
      if (status === 200 && reply?.ok && reply.data) {
        editor.acknowledged += 1;
        version = reply.data.version;
        saved = fields;
      } else if (status === 200) {
        editor.refused += 1;
        console.error(`  load: a save was refused: ${reply?.message ?? "no reply"}`);
      }
      else editor.failed += 1;
    } catch {
      editor.failed += 1;
    }
    editor.times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return editor;
}

export async function benchLoad(): Promise<string[]> {
  const url = await benchNewsroom();
  const db = createDb(url, { maxConnections: 2 });
  const port = 4400 + Math.floor(Math.random() * 100);
  const app = await serveBuild({ databaseUrl: url, port, quiet: true });
  try {
    const base = app.baseUrl;
    // Published claims are those with i % 10 < 7 (tests/bench/newsroom.ts).
    const verdicts = Array.from({ length: VERDICT_PAGES }, (_, index) => index * 7 + 1).filter((i) => i % 10 < 7).map((i) => `/claims/generated-claim-${i}`);
    // Fifty different searches: places, topics, speakers' names in Cyrillic, everyday words.
    const searches = Array.from({ length: 50 }, (_, i) =>
      [`/search?q=Place${i * 3 + 1}`, `/search?q=topic${i * 7 + 11}`, `/ru/search?q=${encodeURIComponent(`Спикер ${i + 1}`)}`, `/search?q=${["airport", "police", "fuel", "hospital", "rally"][i % 5]}%20Place${i}`][i % 4]);
    const apis = ["/api/v1/claims?limit=20", "/api/v1/claims/generated-claim-11", "/api/v1/claims?language=ru&limit=20"];
    console.error(`  load: warming ${verdicts.length} verdict pages and ${searches.length} searches…`);
    for (const address of [...verdicts, ...searches, ...apis]) await (await fetch(`${base}${address}`)).arrayBuffer();

    // Two editors, each on a draft of their own.
    const cookie = await signInOverHttp(base, "bench-editor@factlog.test", "bench editor password");
    const saveAction = buildActions().get("saveClaimAction")!.id;
    const drafts = await db.claim.findMany({ where: { status: "DRAFT", createdBy: { email: "bench-editor@factlog.test" } }, select: { id: true, version: true, ...CLAIM_FIELD_SELECT }, take: 2, orderBy: { id: "asc" } });
    if (drafts.length < 2) throw new Error("The newsroom has no drafts by the bench editor to save.");

    let index = 0;
    const mix = (): string => {
      const slot = index++ % 20;
      if (slot < 16) return verdicts[index % verdicts.length];
      if (slot < 19) return searches[index % searches.length];
      return apis[index % apis.length];
    };
    const stop = { now: false };
    const editing = Promise.all(drafts.map((draft) => editLoop(base, cookie, saveAction, draft.id, draft.version, JSON.parse(JSON.stringify(toClaimFields(draft))), stop)));
    console.error(`  load: ${CONNECTIONS} connections for ${DURATION} s, with two editors saving…`);
    const times: number[] = [];
    const byKind: Record<Kind, number[]> = { verdict: [], search: [], api: [] };
    const slowBySecond = new Map<number, number>();
    const started = performance.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base, connections: CONNECTIONS, duration: DURATION, timeout: 30,
          // The path is kept in the connection's context: with one request in flight per connection,
          // the context still names the request whose response arrives.
          requests: [{ setupRequest: (request, context: { path?: string }) => ({ ...request, path: (context.path = mix()) }) }],
        },
        (error, outcome) => (error ? reject(error) : resolve(outcome)),
      );
      instance.on("response", (client, _status, _bytes, responseTime) => {
        times.push(responseTime);
        const context = (client as unknown as { requestIterator?: { context?: { path?: string } } }).requestIterator?.context;
        byKind[kindOf(context?.path ?? "")].push(responseTime);
        if (responseTime > 1000) {
          const second = Math.floor((performance.now() - started) / 1000);
          slowBySecond.set(second, (slowBySecond.get(second) ?? 0) + 1);
        }
      });
    });
    console.error(`  load: responses over 1 s, by second of the run: ${JSON.stringify(Object.fromEntries(slowBySecond))}`);
    stop.now = true;
    const editors = await editing;

    // Every acknowledged save is there: each one raised its claim's version by one.
    const after = await db.claim.findMany({ where: { id: { in: drafts.map((draft) => draft.id) } }, select: { id: true, version: true } });
    const acknowledged = editors.reduce((sum, editor) => sum + editor.acknowledged, 0);
    const stored = after.reduce((sum, claim) => sum + claim.version, 0) - drafts.reduce((sum, draft) => sum + draft.version, 0);
    times.sort((a, b) => a - b);
    for (const list of Object.values(byKind)) list.sort((a, b) => a - b);
    const kindLine = (kind: Kind) => `${kind} ${percentile(byKind[kind], 0.5).toFixed(0)} / ${percentile(byKind[kind], 0.95).toFixed(0)} ms (${byKind[kind].length.toLocaleString("en-GB")})`;
    const saveTimes = editors.flatMap((editor) => editor.times).sort((a, b) => a - b);
    const rps = result.requests.total / (result.duration || DURATION);
    return [
      `| **mixed load** on the same newsroom: ${CONNECTIONS} connections × ${DURATION} s, 80% verdict pages (${verdicts.length} pages, warmed), 15% search (${searches.length} queries, warmed), 5% API, two editors saving drafts throughout | |`,
      `| mixed load: requests/s, p50 / p95 / p99 | ${Math.round(rps).toLocaleString("en-GB")} /s, ${percentile(times, 0.5).toFixed(0)} / ${percentile(times, 0.95).toFixed(0)} / ${percentile(times, 0.99).toFixed(0)} ms (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx of ${result.requests.total.toLocaleString("en-GB")}) |`,
      `| mixed load by kind: p50 / p95 (responses) | ${(["verdict", "search", "api"] as Kind[]).map(kindLine).join("; ")} |`,
      `| editors' saves during the load: acknowledged, p95 | ${acknowledged} saves (${editors.reduce((sum, editor) => sum + editor.refused, 0)} refused, ${editors.reduce((sum, editor) => sum + editor.failed, 0)} failed), p95 ${percentile(saveTimes, 0.95).toFixed(0)} ms; in the database afterwards: ${stored} of ${acknowledged} |`,
    ];
  } finally {
    await db.$disconnect();
    await app.stop();
  }
}
