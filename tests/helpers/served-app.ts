import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { NEXT_BIN, ROOT, startWebProcesses, webPlan } from "../../lib/server/web-processes";
import { createTestDatabase } from "./test-database";

export { ROOT };
/** The tests' own build (next.config.js reads it), so a demo running in this checkout keeps `.next`. */
export const TEST_DIST_DIR = "tests/.artifacts/next";

export type ServedApp = { baseUrl: string; databaseUrl: string; stop: () => Promise<void>; commands?: { pid: number; args: string[] }[] };

/** The production build served over a fresh database holding the demo newsroom. */
export async function startSeededApp(options: { label: string; port: number; build: boolean; quiet?: boolean }): Promise<ServedApp> {
  const database = await createTestDatabase(options.label);
  await applyMigrations({ url: database.url });
  const db = createDb(database.url, { maxConnections: 2 });
  await seedDemo({ db });
  await db.$disconnect();

  const served = await serveBuild({ databaseUrl: database.url, port: options.port, build: options.build, quiet: options.quiet });
  return {
    ...served,
    stop: async () => {
      await served.stop();
      await database.drop();
    },
  };
}

/** The production build (built first when asked or missing) served over a database. */
export async function serveBuild(options: { databaseUrl: string; port: number; build?: boolean; quiet?: boolean; env?: Record<string, string>; serve?: "all" | "readers" | "desk"; readerProcesses?: number }): Promise<ServedApp> {
  const baseUrl = `http://localhost:${options.port}`;
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    FACTLOG_NEXT_DIST_DIR: TEST_DIST_DIR,
    // The app's absolute links (canonical, feeds, JSON-LD) name this server.
    PORT: String(options.port),
    ...options.env,
  };
  if (options.build || !existsSync(path.join(ROOT, TEST_DIST_DIR, "BUILD_ID"))) {
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed; see the output above.");
  }
  // The same processes `npm start` runs: the front door, and behind it one Next.js process, or
  // (with REDIS_URL) the readers' and the desk's (lib/server/web-processes.ts).
  const plan = webPlan({ FACTLOG_SERVE: options.serve ?? "all", FACTLOG_READER_PROCESSES: options.readerProcesses ?? 1, REDIS_URL: (env as NodeJS.ProcessEnv).REDIS_URL });
  const web = await startWebProcesses({ port: options.port, plan, env, quiet: options.quiet });
  return { baseUrl, databaseUrl: options.databaseUrl, stop: web.stop, commands: web.commands };
}
