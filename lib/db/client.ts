import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "./generated/client";
import { ConfigError, getEnv } from "../env";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// The address each client was made for, for the few reads the client library cannot make. Kept
// on the client under a registered symbol: a production build can load this module more than
// once, and every copy must read what another copy's createDb wrote.
const ADDRESS = Symbol.for("factlog.db.address");
type Addressed = { [ADDRESS]?: string };

const globalForDb = globalThis as unknown as { factlogDb?: PrismaClient; factlogReplicated?: Replicated; factlogReaderDb?: PrismaClient };

export function createDb(url: string, options: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // Prisma's defaults (2 s to get a connection, 5 s for the whole transaction) refuse an editor's
  // save when the server is merely busy; under the load test of issue 7 they did. A transaction
  // holds row locks only on what it changes, so waiting longer blocks nobody else's reading.
  const db = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
  (db as Addressed)[ADDRESS] = url;
  return db;
}

// PostgreSQL's "timestamp without time zone" holds UTC here (Prisma's DateTime): read it as UTC,
// whatever the process's own time zone.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP && format !== "binary" ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/**
 * A connection of its own to the database `db` reads, for what the client library cannot do: a
 * cursor read through in one snapshot (exports). `purpose` names it in pg_stat_activity. The
 * caller ends it.
 */
export async function openConnection(db: Db, purpose: string): Promise<pg.Client> {
  const url = (db as Addressed)[ADDRESS];
  if (!url) throw new Error("openConnection takes a client made by createDb.");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, types, application_name: purpose });
  await client.connect();
  return client;
}

/** The process-wide Prisma client. */
export function getDb(): PrismaClient {
  globalForDb.factlogDb ??= createDb(databaseUrl());
  return globalForDb.factlogDb;
}

function databaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new ConfigError(
      "Configuration error: DATABASE_URL is not set; start the app with `npm start` or `npm run demo`, which provide the embedded database, or set DATABASE_URL.",
    );
  }
  return url;
}

/** The primary with Prisma's read-replica extension: `$replica()` picks one replica at random. */
export function createReplicated(primary: PrismaClient, replicaUrls: string[]) {
  return primary.$extends(readReplicas({ replicas: replicaUrls.map((url) => createDb(url)) }));
}
type Replicated = ReturnType<typeof createReplicated>;

/**
 * The client for what readers see: public pages, the API, feeds and public exports. With
 * DATABASE_REPLICA_URLS set, each call picks a replica, and every query it runs (raw SQL
 * too) goes there. Without, it is the primary through a pool of its own: a flood of
 * readers' searches can then wait for each other, but never for the connections an editor's
 * save needs. The desk reads its own writes from the primary (getDb), so an editor never
 * waits on replication; readers may see a change a moment later, as through the page cache.
 */
export function getReaderDb(): PrismaClient {
  const replicaUrls = getEnv().DATABASE_REPLICA_URLS ?? [];
  if (replicaUrls.length === 0) {
    globalForDb.factlogReaderDb ??= createDb(databaseUrl());
    return globalForDb.factlogReaderDb;
  }
  globalForDb.factlogReplicated ??= createReplicated(getDb(), replicaUrls);
  return readerOf(globalForDb.factlogReplicated);
}

/** One replica's client, typed as the primary's: readers' queries only read. */
export function readerOf(replicated: Replicated): PrismaClient {
  return replicated.$replica() as unknown as PrismaClient;
}

export async function closeDb(): Promise<void> {
  const db = globalForDb.factlogDb;
  const replicated = globalForDb.factlogReplicated;
  const reader = globalForDb.factlogReaderDb;
  globalForDb.factlogDb = undefined;
  globalForDb.factlogReplicated = undefined;
  globalForDb.factlogReaderDb = undefined;
  await replicated?.$disconnect();
  await reader?.$disconnect();
  await db?.$disconnect();
}
