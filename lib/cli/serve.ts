import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { childProcessEnv, ConfigError, getEnv } from "../env";
import { createDb } from "../db/client";
import { connectDatabase } from "../db/connect";
import { applyMigrations, pendingMigrations } from "../db/migrate";
import { DEMO_USERS, seedDemo } from "../../prisma/demo/seed-demo";
import { createImportQueue } from "../sources/import-jobs";
import { serverOrigins, startWorkers } from "../workers";
import { runCli, UsageError } from "./run";
import { waitForHttp } from "./wait-for-http";
import { NEXT_BIN, ROOT, startWebProcesses, webPlan, type WebProcesses } from "../server/web-processes";

/**
 * `npm start` / `npm run demo` / `npm run dev`: finds the database (DATABASE_URL, or the
 * embedded PostgreSQL, hosted in this process), migrates it, builds if needed, and serves.
 */

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, env, stdio: "inherit" });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

async function authSecret(dataDir: string, embedded: boolean): Promise<string> {
  const configured = getEnv().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!embedded) {
    throw new ConfigError("Configuration error: NEXTAUTH_SECRET is not set; a real deployment needs its own random secret of at least 32 characters.");
  }
  // The embedded demo keeps a generated secret beside its data, so sessions survive restarts.
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** `npm run dev`: one Next.js development server, no front door. */
async function startDevServer(port: number, env: NodeJS.ProcessEnv): Promise<WebProcesses> {
  const server = run(["dev", "--port", String(port)], env);
  const exited = finished(server);
  await waitForHttp({ url: `http://localhost:${port}/api/health`, server, timeoutMs: 120_000 });
  return {
    exited,
    stop: async () => {
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
    },
    commands: [{ pid: server.pid!, args: server.spawnargs }],
  };
}

runCli(async () => {
  const { values } = parseArgs({ options: { demo: { type: "boolean" }, dev: { type: "boolean" } }, strict: true });
  const env = getEnv();
  const plan = webPlan(env);
  const database = await connectDatabase();
  let queueStop = async () => {};
  const stop = async (code: number) => {
    await queueStop();
    await database.close();
    process.exit(code);
  };

  if (database.embedded || values.demo || values.dev) {
    const result = await applyMigrations({ url: database.url });
    if (result.applied.length) console.log(`Applied ${result.applied.length} migration(s).`);
  } else {
    const pending = await pendingMigrations(database.url);
    if (pending.length) {
      throw new UsageError(`The database needs ${pending.length} migration(s) (${pending.join(", ")}): run npm run db:migrate first.`);
    }
  }

  let seeded = false;
  if (values.demo) {
    const db = createDb(database.url, { maxConnections: 2 });
    try {
      if ((await db.user.count()) === 0) {
        await seedDemo({ db, log: console.log });
        seeded = true;
      }
      seeded ||= (await db.user.count({ where: { email: DEMO_USERS[0].email } })) > 0;
    } finally {
      await db.$disconnect();
    }
  }

  const baseUrl = `http://localhost:${env.PORT}`;
  const childEnv = childProcessEnv({
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await authSecret(env.FACTLOG_DATA_DIR, database.embedded),
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? baseUrl,
    PORT: String(env.PORT),
  });

  if (!values.dev && !existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    if (!values.demo) throw new UsageError("There is no production build yet: run npm run build first.");
    console.log("Building the app (first run only)…");
    const code = await finished(run(["build"], childEnv));
    if (code !== 0) throw new UsageError("The build failed; see its output above.");
  }

  // The queue's workers (imports, webhook deliveries) run here, beside the web servers, off every
  // request; a readers-only deployment leaves them to the desk's.
  if (env.FACTLOG_SERVE !== "readers") {
    const workerDb = createDb(database.url, { maxConnections: 3 });
    const queue = createImportQueue(database.url);
    const stopSweeping = await startWorkers({ db: workerDb, boss: queue, ownOrigins: serverOrigins(env) });
    queueStop = async () => {
      stopSweeping();
      await queue.stop({ graceful: false, wait: true, timeout: 3_000 }).catch(() => {});
      await workerDb.$disconnect();
    };
  }

  let web: WebProcesses;
  try {
    web = values.dev ? await startDevServer(env.PORT, childEnv) : await startWebProcesses({ port: env.PORT, plan, env: childEnv });
  } catch (error) {
    throw error instanceof UsageError || error instanceof ConfigError ? error : new UsageError(`${(error as Error).message} See the web server's output above.`);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void web.stop());
  void web.exited.then(async (code) => {
    await web.stop();
    await stop(code);
  });
  console.log(`\nFactlog is running at ${baseUrl}${database.embedded ? " (embedded PostgreSQL in " + env.FACTLOG_DATA_DIR + ")" : ""}`);
  if (values.demo && seeded) {
    console.log("Demo sign-ins (desk at /desk):");
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(8)} ${user.email} / ${user.password}`);
  }
  // Keep running until the web server exits.
  await new Promise(() => {});
});
