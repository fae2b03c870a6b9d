import { readFileSync } from "node:fs";
import { parseSource } from "../lib/sources/parse";
const t0 = performance.now();
const r = parseSource({ bytes: readFileSync("/tmp/big40k.txt"), name: "big.txt" });
console.log(r.entries.length, ((performance.now() - t0) / 1000).toFixed(2), "s");
