// A PostgreSQL server of the test's own, beside the machine's: one the test may stop and start
// (fault tests), and that can have a streaming replica (read-replica tests). Built from the
// machine's own PostgreSQL binaries with initdb and pg_basebackup; run as the postgres user
// when the tests run as root, since PostgreSQL refuses to run as root.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";

const run = promisify(execFile);

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(path.join(root, version, "bin/initdb"))) return path.join(root, version, "bin");
  throw new Error("PostgreSQL's server binaries were not found under /usr/lib/postgresql.");
}

export type PrivateServer = { port: number; dataDir: string; url: (database?: string) => string; stop: () => Promise<void>; start: () => Promise<void> };

/** A new database on the server with every migration applied; its URL. */
export async function createMigratedDatabase(server: PrivateServer, name = "factlog"): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  await applyMigrations({ url: server.url(name) });
  return server.url(name);
}
export type PrivateCluster = { primary: PrivateServer; replica?: PrivateServer; destroy: () => Promise<void> };

const asRoot = process.getuid?.() === 0;

async function postgresTool(tool: string, args: string[]): Promise<string> {
  const binary = path.join(binDir(), tool);
  const { stdout } = asRoot ? await run("runuser", ["-u", "postgres", "--", binary, ...args]) : await run(binary, args);
  return stdout;
}

function server(dataDir: string, socketDir: string, port: number): PrivateServer {
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  return {
    port,
    dataDir,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await postgresTool("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "start"]);
    },
    stop: async () => {
      await postgresTool("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
    },
  };
}

/** A new primary on a free port, with a streaming replica when asked. */
export async function startPrivateCluster(options: { replica?: boolean } = {}): Promise<PrivateCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "factlog-pg-"));
  await chmod(dir, 0o755);
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(group.trim()));
  }
  const base = 20_000 + Math.floor(Math.random() * 20_000);
  await postgresTool("initdb", ["-D", path.join(dir, "primary"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const primary = server(path.join(dir, "primary"), dir, base);
  await primary.start();
  let replica: PrivateServer | undefined;
  if (options.replica) {
    await postgresTool("pg_basebackup", ["-h", "127.0.0.1", "-p", String(base), "-U", "postgres", "-D", path.join(dir, "replica"), "-R", "-X", "stream", "--no-sync"]);
    replica = server(path.join(dir, "replica"), dir, base + 1);
    await replica.start();
  }
  return {
    primary,
    replica,
    destroy: async () => {
      for (const each of [replica, primary]) await each?.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
