import { UserFacingError } from "../errors";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in its own
 * transaction, recording them in `_prisma_migrations` exactly as Prisma does, so that
 * `prisma migrate status` and `prisma migrate deploy` on a networked machine agree with us.
 * Needs no network and no native engine (docs/decisions/0001).
 */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// The advisory lock key Prisma Migrate itself takes, so the two never run at once.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends UserFacingError {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
  }
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((item) => item.isDirectory())
    .map((item) => item.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export type MigrateResult = { applied: string[]; alreadyApplied: string[]; warnings: string[] };

export async function applyMigrations(options: {
  url: string;
  dir?: string;
  /** Postgres search_path to migrate into; tests use a scratch schema. */
  schema?: string;
  log?: (line: string) => void;
}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({
    connectionString: options.url,
    connectionTimeoutMillis: 5_000,
    ...(options.schema ? { options: `-c search_path="${options.schema}",public` } : {}),
  });
  await client.connect();
  const result: MigrateResult = { applied: [], alreadyApplied: [], warnings: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} is recorded as started but never finished; inspect the database, then mark it rolled back (prisma migrate resolve --rolled-back ${failed.migration_name}) before migrating again.`,
        failed.migration_name,
      );
    }
    const applied = new Map(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row]));
    for (const migration of migrations) {
      const done = applied.get(migration.name);
      if (done) {
        result.alreadyApplied.push(migration.name);
        if (done.checksum !== migration.checksum) {
          result.warnings.push(`Migration ${migration.name} was modified after it was applied.`);
        }
        continue;
      }
      log(`Applying ${migration.name}`);
      const startedAt = new Date();
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const detail = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${detail}`, migration.name);
      }
      result.applied.push(migration.name);
    }
    const known = new Set(migrations.map((migration) => migration.name));
    for (const name of applied.keys()) {
      if (!known.has(name)) result.warnings.push(`Migration ${name} is applied in the database but missing from ${options.dir ?? "prisma/migrations"}.`);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

/** Names of migrations not yet applied; used at start-up to refuse a stale database. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const migrations = await readMigrations();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS name`);
    if (!exists.rows[0]?.name) return migrations.map((migration) => migration.name);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name);
  } finally {
    await client.end();
  }
}
