import { performance } from "node:perf_hooks";
import pg from "pg";
import { Prisma } from "../../lib/db/generated/client";
const url = process.argv[2];
const client = new pg.Client({ connectionString: url });
await client.connect();
// Reach into the module for its SQL text.
const mod = await import("../../lib/export/claims");
const sqls = (mod as unknown as { __cursorsForBench?: (w: Prisma.Sql) => Record<string, Prisma.Sql> }).__cursorsForBench;
if (!sqls) throw new Error("no hook");
for (const [name, sql] of Object.entries(sqls(Prisma.sql`TRUE`))) {
  const t = performance.now();
  await client.query(`EXPLAIN ANALYZE ${sql.text}`, sql.values).then((r) => console.log(name, r.rows.at(-1)));
  console.log(name, ((performance.now() - t) / 1000).toFixed(2), "s");
}
await client.end();
