import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "../../lib/db/migrate";
import { shapeFromDatabase, shapeFromPrismaSchema } from "../helpers/schema-drift";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("migrate");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("migrates an empty database and records each migration as Prisma does", async () => {
    const migrations = await readMigrations();
    const result = await applyMigrations({ url: database.url });
    expect(result.applied).toEqual(migrations.map((migration) => migration.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      database.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index].checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("changes nothing when run again", async () => {
    const before = await query(database.url, `SELECT * FROM "_prisma_migrations" ORDER BY id`);
    const result = await applyMigrations({ url: database.url });
    expect(result.applied).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(await query(database.url, `SELECT * FROM "_prisma_migrations" ORDER BY id`)).toEqual(before);
  });

  it("produces exactly the schema that schema.prisma describes", async () => {
    const expected = await shapeFromPrismaSchema(path.resolve(MIGRATIONS_DIR, "../schema.prisma"));
    const actual = await shapeFromDatabase(database.url);
    expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
    for (const [table, { columns }] of Object.entries(expected.tables)) {
      expect({ table, columns: actual.tables[table].columns }).toEqual({ table, columns });
    }
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
  });

  it("rolls back a failing migration and names it", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "factlog-bad-migrations-"));
    await mkdir(path.join(dir, "20990101000000_good"));
    await writeFile(path.join(dir, "20990101000000_good", "migration.sql"), `CREATE TABLE "Good" ("id" TEXT PRIMARY KEY);`);
    await mkdir(path.join(dir, "20990102000000_broken"));
    await writeFile(
      path.join(dir, "20990102000000_broken", "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\nALTER TABLE "DoesNotExist" ADD COLUMN "x" TEXT;`,
    );
    const scratch = await createTestDatabase("badmigrate");
    try {
      await expect(applyMigrations({ url: scratch.url, dir })).rejects.toThrow(
        /Migration 20990102000000_broken failed and was rolled back: .*DoesNotExist/,
      );
      const tables = await query<{ name: string | null }>(scratch.url, `SELECT to_regclass('"HalfDone"')::text AS name`);
      expect(tables[0].name).toBeNull();
      const recorded = await query<{ migration_name: string }>(scratch.url, `SELECT migration_name FROM "_prisma_migrations"`);
      expect(recorded.map((row) => row.migration_name)).toEqual(["20990101000000_good"]);
    } finally {
      await scratch.drop();
    }
  });
});
