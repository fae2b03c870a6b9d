import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openEmbeddedDatabase } from "../../lib/db/embedded";
import { withDatabaseName } from "../../lib/db/url";

/**
 * A fresh, empty database for one test run: a new database on the PostgreSQL named by
 * DATABASE_URL (dropped afterwards, so tests never touch the data already there), or a new
 * embedded PostgreSQL in a temporary folder when DATABASE_URL is unset.
 */
export type TestDatabase = { url: string; kind: "postgres" | "embedded"; drop: () => Promise<void> };

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `factlog_${label}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: withDatabaseName(serverUrl, name),
      kind: "postgres",
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), `factlog-${label}-`));
  const embedded = await openEmbeddedDatabase({ dataDir: dir });
  return {
    url: embedded.url,
    kind: "embedded",
    drop: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
