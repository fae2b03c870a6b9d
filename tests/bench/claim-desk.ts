// Claim desk benchmarks (issue 4), on the generated newsroom (tests/bench/newsroom.ts):
// computing a claim's evidence suggestions, and rendering a quantity's timeline page, each
// beside the bare SQL they run, timed in the same run, as a ratio.
import { performance } from "node:perf_hooks";
import { createDb } from "../../lib/db/client";
import { suggestionQueries } from "../../lib/evidence/suggestion-queries";
import { findSuggestions } from "../../lib/evidence/suggestions";
import { pairQuery, significantTerms } from "../../lib/evidence/suggest-terms";
import { findQuantityFigures } from "../../lib/figures/queries";
import { signInOverHttp } from "../helpers/http-session";
import { serveBuild } from "../helpers/served-app";
import { benchNewsroom, NEWSROOM } from "./newsroom";

type Stats = { median: number; p95: number; n: number };

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], n: sorted.length };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

export async function benchClaimDesk(): Promise<string[]> {
  const url = await benchNewsroom();
  const db = createDb(url, { maxConnections: 4 });
  try {
    // 200 claims spread over the newsroom; each has a speaker, most a figure on a quantity.
    const claimIds = Array.from({ length: 200 }, (_, index) => `c-${index * 249 + 11}`);
    const phase = (label: string) => console.error(`  desk: ${label}…`);
    phase("suggestions for 200 claims");
    for (const id of claimIds.slice(0, 10)) await findSuggestions({ db, claimId: id }); // warm-up
    const full: number[] = [];
    const bare: number[] = [];
    let suggested = 0;
    for (const id of claimIds) {
      const [took, suggestions] = await timed(() => findSuggestions({ db, claimId: id }));
      full.push(took);
      suggested += suggestions.length;
      // The same SQL, bare: the claim's row, its figure query and its text query.
      const claim = await db.claim.findUniqueOrThrow({ where: { id }, select: { statement: true, quoteOriginal: true, quantityId: true, entryId: true } });
      const excluded = [claim.entryId!];
      const tsquery = pairQuery(significantTerms([claim.statement, claim.quoteOriginal]))!;
      const [sqlTook] = await timed(async () => {
        if (claim.quantityId) await suggestionQueries.figures(db, claim.quantityId, excluded);
        await suggestionQueries.text(db, tsquery, claim.quoteOriginal, excluded);
      });
      bare.push(sqlTook);
    }

    phase("timelines of every quantity");
    const quantityKeys = Array.from({ length: NEWSROOM.quantities }, (_, index) => `quantity-${index + 1}`);
    const quantityIds = quantityKeys.map((_, index) => `q-${index + 1}`);
    const sqlTimes: number[] = [];
    let figuresPerQuantity = 0;
    for (const id of quantityIds) {
      const [took, figures] = await timed(() => findQuantityFigures(db, { quantityIds: [id] }));
      sqlTimes.push(took);
      figuresPerQuantity += figures.length;
    }

    phase("timeline pages over HTTP");
    const app = await serveBuild({ databaseUrl: url, port: 4100 + Math.floor(Math.random() * 100), quiet: true });
    const pageTimes: number[] = [];
    try {
      const cookie = await signInOverHttp(app.baseUrl, "bench-editor@factlog.test", "bench editor password");
      const page = async (key: string) => {
        const response = await fetch(`${app.baseUrl}/desk/quantities/${key}`, { headers: { cookie } });
        const html = await response.text();
        if (response.status !== 200 || !html.includes("Every figure")) throw new Error(`/desk/quantities/${key} answered ${response.status}`);
      };
      for (const key of quantityKeys.slice(0, 5)) await page(key); // warm-up
      for (const key of quantityKeys) pageTimes.push((await timed(() => page(key)))[0]);
    } finally {
      await app.stop();
    }

    const suggestionsFull = stats(full);
    const suggestionsBare = stats(bare);
    const timelinePage = stats(pageTimes);
    const timelineSql = stats(sqlTimes);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return [
      `| **claim desk** on a generated newsroom: ${NEWSROOM.entries.toLocaleString("en-GB")} entries, ${NEWSROOM.figures.toLocaleString("en-GB")} figures, ${NEWSROOM.claims.toLocaleString("en-GB")} claims, ${NEWSROOM.evidence.toLocaleString("en-GB")} evidence links (real PostgreSQL) | |`,
      `| a claim's evidence suggestions, median / p95 of ${suggestionsFull.n} claims (${(suggested / suggestionsFull.n).toFixed(1)} suggestions each) | ${ms(suggestionsFull.median)} / ${ms(suggestionsFull.p95)} |`,
      `| the bare SQL of those suggestions (figure and text queries), median / p95 | ${ms(suggestionsBare.median)} / ${ms(suggestionsBare.p95)} |`,
      `| suggestions ÷ bare SQL (median) | ${(suggestionsFull.median / suggestionsBare.median).toFixed(2)} |`,
      `| a quantity's timeline page (chart, table, conflicts, parts; ${Math.round(figuresPerQuantity / quantityIds.length).toLocaleString("en-GB")} figures each), signed-in HTTP request, median / p95 of ${timelinePage.n} | ${ms(timelinePage.median)} / ${ms(timelinePage.p95)} |`,
      `| the bare SQL of its figures, median / p95 | ${ms(timelineSql.median)} / ${ms(timelineSql.p95)} |`,
      `| timeline page ÷ bare SQL (median) | ${(timelinePage.median / timelineSql.median).toFixed(2)} |`,
    ];
  } finally {
    await db.$disconnect();
  }
}
