// `npm run bench`: prints the figures and writes docs/benchmarks.md.
// 1. Time from `npm run demo` (installed and built) on a new embedded database to the first 200.
// 2. The claim page's median and p95 server time, on the embedded and on a real PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { createTestDatabase } from "../helpers/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CLAIM = "/claims/20-000-bandits-attacked-almaty";
const REQUESTS = 200;

async function waitFor200(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited before answering ${url}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function latency(url: string): Promise<{ median: number; p95: number; n: number }> {
  for (let i = 0; i < 20; i += 1) await (await fetch(url)).text(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    const response = await fetch(url);
    await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], n: times.length };
}

async function benchEmbedded() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "factlog-bench-demo-"));
  const port = 3700 + Math.floor(Math.random() * 200);
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/cli/serve.ts", "--demo"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), FACTLOG_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitFor200(`http://localhost:${port}/`, child, 300_000);
    const startupMs = performance.now() - start;
    const claim = await latency(`http://localhost:${port}${CLAIM}`);
    return { startupMs, claim };
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const serverUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  process.env.DATABASE_URL = serverUrl;
  const database = await createTestDatabase("bench");
  try {
    await applyMigrations({ url: database.url });
    const db = createDb(database.url, { maxConnections: 2 });
    await seedDemo({ db });
    await db.$disconnect();
    const port = 3900 + Math.floor(Math.random() * 90);
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    try {
      await waitFor200(`http://localhost:${port}/`, child, 60_000);
      return await latency(`http://localhost:${port}${CLAIM}`);
    } finally {
      await stopServer(child);
    }
  } finally {
    await database.drop();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const embedded = await benchEmbedded();
const postgres = await benchPostgres();
const lines = [
  `| figure | value |`,
  `| --- | --- |`,
  `| \`npm run demo\` (installed, built) on a new embedded database to the first 200 | ${(embedded.startupMs / 1000).toFixed(1)} s |`,
  `| claim page, embedded PostgreSQL (PGlite), median / p95 of ${embedded.claim.n} sequential requests | ${ms(embedded.claim.median)} / ${ms(embedded.claim.p95)} |`,
  `| claim page, real PostgreSQL, median / p95 of ${postgres.n} sequential requests | ${ms(postgres.median)} / ${ms(postgres.p95)} |`,
];
console.log(lines.join("\n"));
const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.
Times are measured from the client over loopback (server time plus a loopback round trip), production build, demo data.

${lines.join("\n")}
`;
await writeFile(path.join(ROOT, "docs/benchmarks.md"), report);
process.exit(0);
