import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { restoreBackup, writeBackup } from "../../lib/backup/backup";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { resetData, testDb } from "../helpers/db";
import { runFactlog } from "../helpers/factlog-cli";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const db = testDb();
const dir = mkdtempSync(path.join(tmpdir(), "factlog-backup-"));

/** Every table, every row, as text, in a stable order: two databases compare equal or not. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`)).rows;
    const result: Record<string, string[]> = {};
    for (const { name } of tables) result[name] = (await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t ORDER BY 1`)).rows.map((row) => row.row);
    return result;
  } finally {
    await client.end();
  }
}

/** Every index and constraint of the app's tables, as PostgreSQL defines them. */
async function structure(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const indexes = await client.query<{ line: string }>(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`);
    const constraints = await client.query<{ line: string }>(`SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint WHERE connamespace = 'public'::regnamespace`);
    return [...indexes.rows, ...constraints.rows].map((row) => row.line).sort();
  } finally {
    await client.end();
  }
}

const factlog = (url: string, ...args: string[]) => runFactlog(args, { DATABASE_URL: url });

describe("backup and restore", () => {
  let target: TestDatabase;
  const source = inject("databaseUrl");
  const file = path.join(dir, "factlog.backup.gz");

  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
    target = await createTestDatabase("restore");
    await applyMigrations({ url: target.url });
  });
  afterAll(async () => {
    await target?.drop();
    await resetData(db);
    await db.$disconnect();
  });

  it("backs up every table through the command, and restores into an empty database equal row by row", async () => {
    const backup = factlog(source, "backup", "--out", file);
    expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up [\d,]+ rows from \d+ tables to .* in [\d.]+ s\.\n$/) });
    const restore = factlog(target.url, "restore", file);
    expect(restore).toMatchObject({ code: 0, out: expect.stringMatching(/^Restored [\d,]+ rows into \d+ tables/) });
    const [before, after] = await Promise.all([snapshot(source), snapshot(target.url)]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    // The indexes and foreign keys set aside while the rows loaded are all back, as they were.
    expect(await structure(target.url)).toEqual(await structure(source));
    // Password hashes, audit events and raw source texts came along.
    expect(before.User.join()).toContain('"passwordHash":"$2');
    expect(before.AuditEvent.length).toBeGreaterThan(0);
    expect(before.Source.join()).toContain("rawText");
  });

  it("refuses a database that is not empty unless told --force", async () => {
    const refused = factlog(target.url, "restore", file);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining("The database is not empty") });
    expect(refused.err).toContain("add --force");
    expect(factlog(target.url, "restore", file, "--force")).toMatchObject({ code: 0 });
  });

  it("refuses a truncated or altered backup and leaves the database untouched", async () => {
    const empty = await createTestDatabase("restore_damaged");
    try {
      await applyMigrations({ url: empty.url });
      const bytes = readFileSync(file);
      const truncated = path.join(dir, "truncated.gz");
      writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      await expect(restoreBackup({ url: empty.url, file: truncated })).rejects.toThrow(/is not a complete backup|is cut short/);

      const lines = gunzipSync(bytes).toString("utf8").split("\n");
      const line = lines.findIndex((each) => each.includes("Алматыга 20 миң бандит"));
      lines[line] = lines[line].replace("20 миң", "200 миң");
      const altered = path.join(dir, "altered.gz");
      writeFileSync(altered, gzipSync(Buffer.from(lines.join("\n"))));
      await expect(restoreBackup({ url: empty.url, file: altered })).rejects.toThrow(/has been altered or damaged: its checksum does not match/);

      const withoutEnd = path.join(dir, "no-end.gz");
      writeFileSync(withoutEnd, gzipSync(Buffer.from(lines.slice(0, -2).join("\n"))));
      await expect(restoreBackup({ url: empty.url, file: withoutEnd })).rejects.toThrow(/is cut short: its closing line is missing/);

      const notOurs = path.join(dir, "not-ours.gz");
      writeFileSync(notOurs, gzipSync(Buffer.from('{"hello":1}\n')));
      await expect(restoreBackup({ url: empty.url, file: notOurs })).rejects.toThrow(/is not a Factlog backup/);

      const counts = Object.values(await snapshot(empty.url)).map((rows) => rows.length);
      expect(counts.every((count) => count === 0)).toBe(true);
    } finally {
      await empty.drop();
    }
  });

  it("still restores a backup in the first format (a JSON array per row)", async () => {
    // Written as Factlog wrote backups before they travelled by COPY: same header, same checksum.
    const client = new pg.Client({ connectionString: source });
    await client.connect();
    const lines: string[] = [];
    try {
      const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`)).rows.map((row) => row.name);
      const migrations = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations ORDER BY 1`)).rows.map((row) => row.name);
      lines.push(JSON.stringify({ format: "factlog-backup", version: 1, createdAt: new Date().toISOString(), migrations, tables }));
      // A few tables, parents before children, a quantity that is part of another among them.
      for (const table of ["User", "Outlet", "Actor", "Rating", "Quantity"]) {
        const columns = (await client.query<{ column: string }>(`SELECT column_name AS column FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [table])).rows.map((row) => row.column);
        lines.push(JSON.stringify({ table, columns }));
        const rows = await client.query<{ row: string }>(`SELECT json_build_array(${columns.map((column) => `"${column}"`).join(", ")})::text AS row FROM "${table}"`);
        for (const { row } of rows.rows) lines.push(row);
      }
    } finally {
      await client.end();
    }
    const body = `${lines.join("\n")}\n`;
    const sha256 = createHash("sha256").update(body).digest("hex");
    const old = path.join(dir, "version-1.gz");
    writeFileSync(old, gzipSync(Buffer.from(`${body}${JSON.stringify({ end: true, counts: {}, sha256 })}\n`)));
    const fresh = await createTestDatabase("restore_v1");
    try {
      await applyMigrations({ url: fresh.url });
      await restoreBackup({ url: fresh.url, file: old });
      const [before, after] = await Promise.all([snapshot(source), snapshot(fresh.url)]);
      for (const table of ["User", "Actor", "Rating", "Quantity"]) expect(after[table], table).toEqual(before[table]);
      expect(after.Quantity.some((row) => /"partOfId":"[^"]+"/.test(row))).toBe(true);
    } finally {
      await fresh.drop();
    }
  });

  it("writes the backup whole or not at all", async () => {
    await expect(writeBackup({ url: "postgresql://postgres@127.0.0.1:1/none", out: path.join(dir, "never.gz") })).rejects.toThrow();
    expect(() => readFileSync(path.join(dir, "never.gz"))).toThrow();
    expect(() => readFileSync(path.join(dir, "never.gz.partial"))).toThrow();
  });
});
