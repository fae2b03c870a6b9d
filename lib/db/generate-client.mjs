// Runs `prisma generate` offline. The Prisma CLI insists on locating its native schema
// engine even though generate never uses it; on air-gapped machines that download fails,
// so we point PRISMA_SCHEMA_ENGINE_BINARY at any existing file (see docs/decisions/0001).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
if (result.status !== 0) {
  console.error("prisma generate failed: the Prisma client could not be generated from prisma/schema.prisma.");
  process.exit(result.status ?? 1);
}
