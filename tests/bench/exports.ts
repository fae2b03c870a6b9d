// Export benchmarks (issues 6 and 18) on the generated newsroom: each format's time, file size
// and peak memory above the start. Backup and restore: tests/bench/backup.ts.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createDb } from "../../lib/db/client";
import { EXPORT_FORMATS, writeExport, type ExportFormat } from "../../lib/export/run-export";
import { webHeapFlags } from "../../lib/server/web-processes";
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

/**
 * One export written to a file, measured, in this process: `tsx tests/bench/exports.ts <database
 * url> <format> <file>` prints {seconds, peakMb, claims, total} as JSON. The benchmark runs it
 * in a process of its own started as the web processes are (their heap limit), so the figures
 * are a download's as the server makes it, and no export inherits another's garbage.
 */
async function exportHere(url: string, format: ExportFormat, file: string): Promise<void> {
  const db = createDb(url, { maxConnections: 2 });
  try {
    const run = await measured(async () => {
      const out = createWriteStream(file);
      const result = await writeExport({ db, format, filter: {}, out });
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      return result;
    });
    console.log(JSON.stringify({ seconds: run.seconds, peakMb: run.peakMb, ...run.result }));
  } finally {
    await db.$disconnect();
  }
}

async function exportApart(url: string, format: ExportFormat, file: string): Promise<{ seconds: number; peakMb: number; claims: number; total: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, [...webHeapFlags(process.env.NODE_OPTIONS), "--import", "tsx/esm", "--conditions=react-server", fileURLToPath(import.meta.url), url, format, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

export async function benchExports(): Promise<string[]> {
  const url = await benchNewsroom();
  const dir = await mkdtemp(path.join(tmpdir(), "factlog-bench-export-"));
  const lines = [`| **exports** of the generated newsroom (${NEWSROOM.claims.toLocaleString("en-GB")} claims, ${NEWSROOM.evidence.toLocaleString("en-GB")} evidence links, every status), each in a process of its own with the web processes' heap limit (${webHeapFlags(process.env.NODE_OPTIONS).join(" ") || "from NODE_OPTIONS"}) | |`];
  try {
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      if (format === "csv-claims" || format === "csv-evidence") continue;
      const file = path.join(dir, `claims.${EXPORT_FORMATS[format].extension}`);
      console.error(`  exports: ${format}…`);
      const run = await exportApart(url, format, file);
      const size = (await stat(file)).size;
      lines.push(`| export ${EXPORT_FORMATS[format].label}: time, file, peak resident memory above the start | ${run.seconds.toFixed(1)} s (${Math.round(run.total / run.seconds).toLocaleString("en-GB")} claims/s), ${mb(size)}, ${run.peakMb.toFixed(0)} MB |`);
      await rm(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url, format, file] = process.argv.slice(2);
  await exportHere(url, format as ExportFormat, file);
}
