import { UserFacingError } from "../errors";
import pg from "pg";
import { getEnv } from "../env";
import { openEmbeddedDatabase } from "./embedded";
import { applyMigrations, MigrationError, pendingMigrations } from "./migrate";
import { describeDatabaseUrl } from "./url";

export class DatabaseUnreachableError extends UserFacingError {
  constructor(message: string) {
    super(message);
  }
}

/** Fails with a sentence naming the address when PostgreSQL does not answer. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new DatabaseUnreachableError(`Could not reach PostgreSQL at ${describeDatabaseUrl(url)}: ${reason}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

export type DatabaseHandle = { url: string; embedded: boolean; close: () => Promise<void> };

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in FACTLOG_DATA_DIR, joining the
 * server of a running app when there is one, so the tools work while the app runs.
 */
export async function connectDatabase(options: { port?: number } = {}): Promise<DatabaseHandle> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  }
  const embedded = await openEmbeddedDatabase({ dataDir: env.FACTLOG_DATA_DIR, port: options.port });
  return { url: embedded.url, embedded: true, close: embedded.stop };
}

/**
 * A database ready for the app's tables: the embedded one is migrated on the spot; a real one
 * with pending migrations is refused, naming them, since migrating production is a deliberate act.
 */
export async function connectMigratedDatabase(): Promise<DatabaseHandle> {
  const database = await connectDatabase();
  try {
    if (database.embedded) {
      await applyMigrations({ url: database.url });
    } else {
      const pending = await pendingMigrations(database.url);
      if (pending.length) {
        throw new MigrationError(
          `The database at ${describeDatabaseUrl(database.url)} needs ${pending.length} migration(s) (${pending.join(", ")}): run npm run db:migrate first.`,
        );
      }
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
