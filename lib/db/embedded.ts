import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import path from "node:path";

/**
 * The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served over TCP by
 * pglite-socket, so Prisma, psql and the command-line tools talk to it like any server.
 * One process owns the data folder; others find it through `embedded.json` and connect.
 */
export type EmbeddedDatabase = { url: string; owned: boolean; stop: () => Promise<void> };

type ServerInfo = { pid: number; port: number; url: string };

const INFO_FILE = "embedded.json";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.setTimeout(1_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function readRunningServer(dataDir: string): Promise<ServerInfo | null> {
  try {
    const info = JSON.parse(await readFile(path.join(dataDir, INFO_FILE), "utf8")) as ServerInfo;
    if (isAlive(info.pid) && (await canConnect(info.port))) return info;
  } catch {
    // No server file, or a stale one: this process will start the server.
  }
  return null;
}

export async function openEmbeddedDatabase(options: { dataDir: string; port?: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const running = await readRunningServer(dataDir);
  if (running) return { url: running.url, owned: false, stop: async () => {} };

  await mkdir(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");

  const pglite = await PGlite.create(path.join(dataDir, "pgdata"), { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 32,
  });
  await server.start();
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  const url = `postgresql://postgres@127.0.0.1:${address.port}/postgres`;
  const infoPath = path.join(dataDir, INFO_FILE);
  await writeFile(infoPath, JSON.stringify({ pid: process.pid, port: address.port, url } satisfies ServerInfo));

  let stopped = false;
  return {
    url,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
      await rm(infoPath, { force: true });
    },
  };
}
