import { performance } from "node:perf_hooks";
import { telegramExport } from "./tests/bench/telegram-export";
import { createDb } from "./lib/db/client";
import { applyMigrations } from "./lib/db/migrate";
import { createTestDatabase } from "./tests/helpers/test-database";
import { enqueueImports, createImportQueue, startImportQueue, runImportJob } from "./lib/sources/import-jobs";
const n = Number(process.env.N ?? 100000);
const bytes = Buffer.from(telegramExport(n));
global.gc?.();
console.log("file", (bytes.length / 1e6).toFixed(1), "MB; rss", (process.memoryUsage().rss / 1e6).toFixed(0));
let peak = 0; const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
process.env.DATABASE_URL ||= "postgresql://postgres@127.0.0.1:5432/postgres";
const database = await createTestDatabase("tgbench");
try {
  await applyMigrations({ url: database.url });
  const db = createDb(database.url, { maxConnections: 3 });
  const boss = createImportQueue(database.url); await startImportQueue(boss);
  let t = performance.now();
  const [id] = await enqueueImports({ db, boss, actorId: null, files: [{ name: "result.json", bytes }] });
  console.log("queued", ((performance.now() - t) / 1000).toFixed(1), "s; peak", (peak / 1e6).toFixed(0));
  t = performance.now();
  const summary = await runImportJob({ db, importJobId: id });
  console.log("imported", summary?.entries, ((performance.now() - t) / 1000).toFixed(1), "s; peak", (peak / 1e6).toFixed(0));
  await boss.stop({ graceful: false, wait: true });
  await db.$disconnect();
} finally { clearInterval(timer); await database.drop(); }
