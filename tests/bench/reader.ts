// Reader benchmarks (issue 5), on the production build over real PostgreSQL holding the
// generated newsroom: requests per second and p95 latency of a verdict page, a search and API
// calls, each beside a static page served by the same server in the same run; and Lighthouse
// on a verdict page.
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { performance } from "node:perf_hooks";
import { CHROMIUM_ARGS, ensureChromium } from "../helpers/chromium";
import { serveBuild } from "../helpers/served-app";
import pg from "pg";
import { signInOverHttp } from "../helpers/http-session";
import { benchNewsroom } from "./newsroom";
import { headersFor } from "./browser-headers";

type Load = { rps: number; p95: number; errors: number; non2xx: number; requests: number };

const DURATION = 10;
const CONNECTIONS = 10;

/** autocannon against one path (or a rotation of paths), with p95 from every response time. */
async function load(baseUrl: string, paths: string[], options: { amount?: number; duration?: number; headers?: Record<string, string> } = {}): Promise<Load> {
  const times: number[] = [];
  let index = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: CONNECTIONS,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? DURATION }),
        requests: [
          {
            setupRequest: (request) => {
              const path = paths[index++ % paths.length];
              return { ...request, path, headers: { ...request.headers, ...headersFor(path), ...options.headers } };
            },
          },
        ],
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / (result.duration || 1),
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    if (!result) throw new Error("Lighthouse returned nothing");
    return Object.fromEntries(Object.entries(result.lhr.categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)]));
  } finally {
    await chrome.kill();
  }
}

/**
 * The bare SQL of a search, for scale: the two index lookups any search needs (claims and
 * entries holding the words as typed), from 10 connections at once, as the pages are asked.
 */
async function bareSearchSql(databaseUrl: string, words: string[]): Promise<Load> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < words.length) {
        const q = words[next++];
        const start = performance.now();
        await pool.query(`SELECT "id" FROM "Claim" WHERE "searchVector" @@ plainto_tsquery('simple', $1) LIMIT 20`, [q]);
        await pool.query(`SELECT "id" FROM "Entry" WHERE "searchVector" @@ plainto_tsquery('simple', $1) LIMIT 21`, [q]);
        times.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  times.sort((a, b) => a - b);
  return { rps: words.length / seconds, p95: times[Math.floor(times.length * 0.95)], errors: 0, non2xx: 0, requests: words.length };
}

export async function benchReader(): Promise<string[]> {
  const url = await benchNewsroom();
  const port = 4200 + Math.floor(Math.random() * 100);
  const app = await serveBuild({ databaseUrl: url, port, quiet: true });
  try {
    const base = app.baseUrl;
    const verdict = "/claims/generated-claim-11";
    // Warm the page cache and the server's code paths once, as any running site is.
    for (const path of ["/how-we-check", verdict, "/search?q=topic11", "/api/v1/claims?limit=20", `/api/v1${verdict}`]) {
      const response = await fetch(`${base}${path}`, { headers: headersFor(path) });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    }
    const firstRender = performance.now();
    await (await fetch(`${base}/claims/generated-claim-21`, { headers: headersFor("/claims/generated-claim-21") })).arrayBuffer();
    const firstRenderMs = performance.now() - firstRender;

    console.error("  reader: load tests and Lighthouse…");
    // Under load once, uncounted, over every cached kind: otherwise whichever runs first pays for
    // the JIT compiling the server's common path, and its ratio to the others is off by 20% or more.
    const rememberedSearches = ["/search?q=topic11", "/search?q=Place12", "/search?q=%D0%A1%D0%BF%D0%B8%D0%BA%D0%B5%D1%80%2012"];
    await load(base, ["/how-we-check", verdict, ...rememberedSearches, "/api/v1/claims?limit=20", `/api/v1${verdict}`], { duration: 5 });
    // The static page before and after the cached kinds, so a drift of the machine shows and is averaged out.
    const staticBefore = await load(base, ["/how-we-check"]);
    const verdictPage = await load(base, [verdict]);
    const remembered = await load(base, rememberedSearches);
    const apiList = await load(base, ["/api/v1/claims?limit=20"]);
    const apiClaim = await load(base, [`/api/v1${verdict}`]);
    const staticAfter = await load(base, ["/how-we-check"]);
    const staticPage = { ...staticBefore, rps: (staticBefore.rps + staticAfter.rps) / 2, p95: Math.max(staticBefore.p95, staticAfter.p95), errors: staticBefore.errors + staticAfter.errors, non2xx: staticBefore.non2xx + staticAfter.non2xx, requests: staticBefore.requests + staticAfter.requests };
    // Published claims are those with i % 10 < 7; 200 of them, each rendered for the first time.
    const cold = Array.from({ length: 1000 }, (_, index) => index * 10 + 1001).filter((i) => i % 10 < 7).slice(0, 200).map((i) => `/claims/generated-claim-${i}`);
    const coldPages = await load(base, cold, { amount: cold.length });
    // Every search a different query (places, topics, speakers' names in Cyrillic), so none is
    // answered from a cached search page or from the results the server remembers.
    const queries = Array.from({ length: 3000 }, (_, i) => [`/search?q=topic${i * 7 + 3}`, `/search?q=Place${i % 997}%20${["police", "airport", "fuel"][i % 3]}`, `/search?q=${encodeURIComponent(`Спикер ${i % 500}`)}%20${i}`][i % 3]);
    const search = await load(base, queries);
    const words = queries.map((query) => decodeURIComponent(query.split("?q=")[1]).replace(/%20/g, " "));
    const bare = await bareSearchSql(url, words.slice(0, search.requests));
    // Words no entry holds: the answer is "nothing", and should come at once.
    const nothing = await load(base, Array.from({ length: 3000 }, (_, i) => `/search?q=zqx${i}vy`));
    // The desk's entry search, signed in as an editor, every query new as well.
    const cookie = await signInOverHttp(base, "bench-editor@factlog.test", "bench editor password");
    const deskSearch = await load(base, Array.from({ length: 3000 }, (_, i) => [`/desk/entries?q=topic${i * 11 + 5}`, `/desk/entries?q=Place${i % 300}%20${["police", "airport", "fuel"][i % 3]}`, `/desk/entries?q=${encodeURIComponent(["погибших", "задержанных", "бандиттер"][i % 3])}%20Place${i % 300}`][i % 3]), { headers: { cookie } });
    // Lighthouse reads a verdict page as a reader would find it: already in the page cache; and
    // one its first reader opens, rendered for them (the front door takes its scripts out too).
    await (await fetch(`${base}/claims/generated-claim-31`, { headers: headersFor("/claims/generated-claim-31") })).arrayBuffer();
    const scores = await lighthouseScores(`${base}/claims/generated-claim-31`);
    const firstScores = await lighthouseScores(`${base}/claims/generated-claim-51`);

    const row = (label: string, result: Load) =>
      `| ${label}: requests/s, p95 | ${Math.round(result.rps).toLocaleString("en-GB")} /s, ${result.p95.toFixed(1)} ms (${(result.rps / staticPage.rps * 100).toFixed(0)}% of the static page; ${result.errors} errors, ${result.non2xx} non-2xx of ${result.requests.toLocaleString("en-GB")}) |`;
    return [
      `| **reader's site** on the same newsroom, production build, autocannon ${CONNECTIONS} connections × ${DURATION} s each, same server and run | |`,
      `| static page (/how-we-check): requests/s (mean of a run before and one after the cached kinds), p95 | ${Math.round(staticPage.rps).toLocaleString("en-GB")} /s (${Math.round(staticBefore.rps)} and ${Math.round(staticAfter.rps)}), ${staticPage.p95.toFixed(1)} ms (${staticPage.errors} errors, ${staticPage.non2xx} non-2xx of ${staticPage.requests.toLocaleString("en-GB")}) |`,
      row("verdict page (cached)", verdictPage),
      row(`verdict pages, each rendered for the first time (${cold.length} distinct)`, coldPages),
      row("search, every query asked for the first time", search),
      `| the same searches' bare SQL (claims and entries holding the words as typed, 10 connections): p95; the search page's p95 to it | ${bare.p95.toFixed(1)} ms; ${(search.p95 / bare.p95).toFixed(1)}× |`,
      row("search for words nothing holds, every query new", nothing),
      row("desk's entry search (signed in), every query new", deskSearch),
      row("search, 3 queries asked again (each a cached page)", remembered),
      row("API: GET /api/v1/claims?limit=20", apiList),
      row("API: GET /api/v1/claims/<slug>", apiClaim),
      `| one verdict page's first render (a sampled timeline of 3,000 figures, 3 evidence links) | ${firstRenderMs.toFixed(0)} ms |`,
      `| Lighthouse on a verdict page (mobile, simulated slow 4G): performance / accessibility / best practices / SEO | ${scores.performance} / ${scores.accessibility} / ${scores["best-practices"]} / ${scores.seo} |`,
      `| Lighthouse on a verdict page opened by its first reader (rendered for them): performance / accessibility / best practices / SEO | ${firstScores.performance} / ${firstScores.accessibility} / ${firstScores["best-practices"]} / ${firstScores.seo} |`,
    ];
  } finally {
    await app.stop();
  }
}
