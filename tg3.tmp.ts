import { performance } from "node:perf_hooks";
import { telegramExport } from "./tests/bench/telegram-export";
import { parseSource, toEntryInput } from "./lib/sources/parse";
import { createDb } from "./lib/db/client";
import { applyMigrations } from "./lib/db/migrate";
import { createTestDatabase } from "./tests/helpers/test-database";
import { createSource } from "./lib/sources/mutations";
const n = Number(process.env.N ?? 100000);
const bytes = Buffer.from(telegramExport(n));
console.log("file", (bytes.length / 1e6).toFixed(1), "MB");
let peak = 0; const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
let t = performance.now();
const parsed = parseSource({ bytes, name: "result.json" });
console.log("parsed", parsed.entries.length, "entries", ((performance.now() - t) / 1000).toFixed(1), "s; peak rss", (peak / 1e6).toFixed(0), "MB");
process.env.DATABASE_URL ||= "postgresql://postgres@127.0.0.1:5432/postgres";
const database = await createTestDatabase("tgbench");
try {
  await applyMigrations({ url: database.url });
  const db = createDb(database.url, { maxConnections: 2 });
  t = performance.now();
  const result = await createSource({ db, actorId: null, input: { title: "t", outlet: null, kind: "SOCIAL_POST", url: null, language: parsed.source.language, publishedAt: null, rawText: parsed.raw, dropped: parsed.droppedItems, entries: parsed.entries.map((e) => toEntryInput(e, "Asia/Almaty")) } });
  console.log("stored", result.entries, "entries", result.figures, "figures", ((performance.now() - t) / 1000).toFixed(1), "s; peak rss", (peak / 1e6).toFixed(0), "MB");
  await db.$disconnect();
} finally { clearInterval(timer); await database.drop(); }
