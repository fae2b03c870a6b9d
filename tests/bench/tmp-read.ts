import { performance } from "node:perf_hooks";
import { createDb } from "../../lib/db/client";
import { readExportClaims } from "../../lib/export/claims";
const db = createDb(process.argv[2], { maxConnections: 2 });
const t = performance.now();
let n = 0;
for await (const batch of readExportClaims({ db, filter: {} })) n += batch.length;
console.log(n, ((performance.now() - t) / 1000).toFixed(2), "s");
await db.$disconnect();
