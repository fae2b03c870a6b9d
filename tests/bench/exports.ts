// Export benchmarks (issues 6 and 18) on the generated newsroom: each format's time, file size
// and peak memory above the start. Backup and restore: tests/bench/backup.ts.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../../lib/db/client";
import { EXPORT_FORMATS, writeExport, type ExportFormat } from "../../lib/export/run-export";
import { benchNewsroom, NEWSROOM } from "./newsroom";

/** Runs work while sampling the resident memory; returns the time and the peak above the start. */
export async function measured<T>(work: () => Promise<T>): Promise<{ seconds: number; peakMb: number; result: T }> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const began = performance.now();
  try {
    const result = await work();
    return { seconds: (performance.now() - began) / 1000, peakMb: (Math.max(peak, process.memoryUsage().rss) - start) / 1e6, result };
  } finally {
    clearInterval(timer);
  }
}

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function benchExports(): Promise<string[]> {
  const url = await benchNewsroom();
  const db = createDb(url, { maxConnections: 2 });
  const dir = await mkdtemp(path.join(tmpdir(), "factlog-bench-export-"));
  const lines = [`| **exports** of the generated newsroom (${NEWSROOM.claims.toLocaleString("en-GB")} claims, ${NEWSROOM.evidence.toLocaleString("en-GB")} evidence links, every status) | |`];
  try {
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      if (format === "csv-claims" || format === "csv-evidence") continue;
      const file = path.join(dir, `claims.${EXPORT_FORMATS[format].extension}`);
      console.error(`  exports: ${format}…`);
      const run = await measured(async () => {
        const out = createWriteStream(file);
        const result = await writeExport({ db, format, filter: {}, out });
        await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
        return result;
      });
      const size = (await stat(file)).size;
      lines.push(`| export ${EXPORT_FORMATS[format].label}: time, file, peak resident memory above the start | ${run.seconds.toFixed(1)} s (${Math.round(run.result.total / run.seconds).toLocaleString("en-GB")} claims/s), ${mb(size)}, ${run.peakMb.toFixed(0)} MB |`);
      await rm(file);
    }
  } finally {
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
