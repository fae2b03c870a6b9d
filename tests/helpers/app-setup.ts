import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { ensureChromium } from "./chromium";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    databaseUrl: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** The production build, served over a fresh database holding the demo newsroom. */
export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const database = await createTestDatabase("e2e");
  await applyMigrations({ url: database.url });
  const db = createDb(database.url, { maxConnections: 2 });
  await seedDemo({ db });
  await db.$disconnect();

  const port = 3300 + Math.floor(Math.random() * 500);
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID")) || process.env.CI) {
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed; see the output above.");
  }
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port)], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error("next start exited during start-up.");
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not answer on ${baseUrl} within 60 seconds.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("chromiumPath", chromiumPath);
  project.provide("databaseUrl", database.url);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await database.drop();
  };
}
