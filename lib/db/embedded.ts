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

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};
type MessageQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
};

// Frontend messages of the extended query protocol (Parse, Bind, Describe, Execute, Close,
// Flush): they belong with the messages after them, up to Sync.
const EXTENDED_PROTOCOL = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * pglite-socket runs one connection's messages at a time and keeps a connection's open
 * transaction together, but it may slip another connection's message between a Parse and
 * its Bind, which then binds the wrong statement ("bind message supplies 3 parameters, but
 * prepared statement requires 2") under concurrent load. Here a connection keeps PGlite from
 * its first extended-protocol message through Sync, and a failed message no longer stalls
 * the queue.
 */
function keepExtendedQueriesTogether(queue: MessageQueue): void {
  let midSequence = false;
  queue.processQueue = async function processQueue(this: MessageQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        let index = 0;
        if ((midSequence || this.db.isInTransaction()) && this.lastHandlerId !== null) {
          index = this.queue.findIndex((item) => item.handlerId === this.lastHandlerId);
          if (index === -1) break; // that connection's next message will restart the queue
        }
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        midSequence = EXTENDED_PROTOCOL.has(item.message[0]);
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    // A connection that went away mid-sequence must not hold everyone else back.
    if (queue.lastHandlerId === handlerId && midSequence) {
      midSequence = false;
      queue.lastHandlerId = null;
      void queue.processQueue();
    }
  };
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
  keepExtendedQueriesTogether((server as unknown as { queryQueue: MessageQueue }).queryQueue);
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
