import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { ConfigError, getEnv } from "../env";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { factlogDb?: PrismaClient; factlogDbUrl?: string };

export function createDb(url: string, options: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

/** Used by the command-line tools after they have found (or started) the database. */
export function useDatabaseUrl(url: string): void {
  globalForDb.factlogDbUrl = url;
}

/** The process-wide Prisma client. */
export function getDb(): PrismaClient {
  if (!globalForDb.factlogDb) {
    const url = globalForDb.factlogDbUrl ?? getEnv().DATABASE_URL;
    if (!url) {
      throw new ConfigError(
        "Configuration error: DATABASE_URL is not set; start the app with `npm start` or `npm run demo`, which provide the embedded database, or set DATABASE_URL.",
      );
    }
    globalForDb.factlogDb = createDb(url);
  }
  return globalForDb.factlogDb;
}

export async function closeDb(): Promise<void> {
  const db = globalForDb.factlogDb;
  globalForDb.factlogDb = undefined;
  await db?.$disconnect();
}
