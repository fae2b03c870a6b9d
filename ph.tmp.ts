import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSource } from "./lib/sources/parse";
import { syntheticCorpus } from "./tests/bench/importer";
import { telegramExport } from "./tests/bench/telegram-export";
const docs: { name: string; bytes: Buffer }[] = [];
for (const dir of ["/work/shared/corpus", "tests/fixtures/sources"]) for (const name of readdirSync(dir).sort()) if (!name.endsWith(".md") || name !== "README.md") docs.push({ name, bytes: readFileSync(path.join(dir, name)) });
docs.push(...syntheticCorpus(Number(process.env.MB ?? 12) * 1e6));
for (const n of [500, 3000]) docs.push({ name: `result-${n}.json`, bytes: Buffer.from(telegramExport(n)) });
const hash = createHash("sha256");
const t = Date.now();
for (const d of docs) { try { const p = parseSource({ bytes: d.bytes, name: d.name }); hash.update(JSON.stringify({ ...p, raw: p.raw.length })); } catch (e) { hash.update(String(e)); } }
console.log(docs.length, "docs", hash.digest("hex"), Date.now() - t, "ms");
