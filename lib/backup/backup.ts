import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { UserFacingError } from "../errors";

// A full backup: every table of the app (users with their password hashes, audit events, raw
// source texts, import jobs) read in one REPEATABLE READ transaction, so the file is one
// consistent moment. The file is gzipped lines: a JSON header; per table a JSON line naming it
// and its columns, its rows as PostgreSQL's COPY writes them (text format: one row per line, a
// newline inside a value written \n), and a line "\."; then a closing JSON line with the row
// counts and a SHA-256 of every line before it. Rows travel by COPY both ways, PostgreSQL's own
// bulk path, which is what brings a backup near pg_dump's time. Restore checks all of that before
// it writes anything, and loads in one transaction. Version 1 files (a JSON array per row) are
// still read.

export const BACKUP_FORMAT = "factlog-backup";
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS = [1, 2];
/** The line that ends a table's rows; COPY writes a backslash in a value as \\, so no row is this. */
const END_OF_ROWS = "\\.";
// Level 3 keeps most of the default level's saving at a fraction of its time (docs/benchmarks.md).
const GZIP_LEVEL = 3;

export class BackupError extends UserFacingError {}

type Table = { name: string; columns: string[]; selfReferences: string[] };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The app's tables in an order that loads parents before children, with their columns. */
async function readTables(client: pg.Client): Promise<Table[]> {
  const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`)).rows.map((row) => row.name);
  const columns = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const references = await client.query<{ child: string; parent: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS column
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>(tables.map((name) => [name, new Set()]));
  const selfReferences = new Map<string, string[]>();
  for (const row of references.rows) {
    const [child, parent] = [unquote(row.child), unquote(row.parent)];
    if (child === parent) selfReferences.set(child, [...(selfReferences.get(child) ?? []), row.column]);
    else parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((name) => !placed.has(name) && [...parents.get(name)!].every((parent) => placed.has(parent) || !parents.has(parent)));
    if (ready.length === 0) throw new BackupError("The tables' foreign keys form a cycle; this backup format cannot order them.");
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered.map((name) => ({
    name,
    columns: columns.rows.filter((row) => row.table === name).map((row) => row.column),
    selfReferences: selfReferences.get(name) ?? [],
  }));
}

/** Writes `data` to a stream, waiting when it asks to. */
async function send(stream: Writable, data: string | Buffer): Promise<void> {
  if (!stream.write(data)) await new Promise((resolve) => stream.once("drain", resolve));
}

/** Writes the backup to FILE (through FILE.partial, renamed when complete); returns the row counts. */
export async function writeBackup(options: { url: string; out: string }): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const partial = `${options.out}.partial`;
  const gzip = createGzip({ level: GZIP_LEVEL });
  const file = createWriteStream(partial);
  const written = new Promise<void>((resolve, reject) => {
    file.on("finish", resolve);
    file.on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(file);
  const hash = createHash("sha256");
  const write = async (data: string | Buffer) => {
    hash.update(data);
    await send(gzip, data);
  };
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await readTables(client);
    const migrations = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((row) => row.name);
    await write(`${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, tables: tables.map((table) => table.name) })}\n`);
    for (const table of tables) {
      await write(`${JSON.stringify({ table: table.name, columns: table.columns })}\n`);
      let rows = 0;
      const copy = client.query(copyTo(`COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) TO STDOUT`));
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows += 1;
        await write(chunk);
      }
      counts[table.name] = rows;
      await write(`${END_OF_ROWS}\n`);
    }
    await client.query("COMMIT");
    gzip.end(`${JSON.stringify({ end: true, counts, sha256: hash.digest("hex") })}\n`);
    await written;
    await rename(partial, options.out);
    return counts;
  } catch (error) {
    gzip.destroy();
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

type Header = { format: string; version: number; createdAt: string; migrations: string[]; tables: string[] };

async function* backupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    throw new BackupError(`${file} is not a complete backup: the compressed data is damaged or cut short (${(error as Error).message}).`);
  }
}

/** Reads the whole file once: the header is ours, every line is there, and the checksum matches. */
async function verifyBackup(file: string): Promise<{ header: Header; counts: Record<string, number> }> {
  const hash = createHash("sha256");
  let header: Header | null = null;
  let last: string | null = null;
  for await (const line of backupLines(file)) {
    if (last !== null) hash.update(`${last}\n`);
    if (header === null) {
      try {
        header = JSON.parse(line) as Header;
      } catch {
        throw new BackupError(`${file} is not a Factlog backup: its first line is not the backup's header.`);
      }
      if (header.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Factlog backup.`);
      if (!READABLE_VERSIONS.includes(header.version)) throw new BackupError(`${file} is a version ${header.version} backup; this Factlog reads versions ${READABLE_VERSIONS.join(" and ")}.`);
    }
    last = line;
  }
  if (!header || last === null) throw new BackupError(`${file} is empty or not a Factlog backup.`);
  let end: { end?: boolean; counts?: Record<string, number>; sha256?: string };
  try {
    end = JSON.parse(last);
  } catch {
    end = {};
  }
  if (!end.end || !end.counts || !end.sha256) throw new BackupError(`${file} is cut short: its closing line is missing, so rows may be missing too. Nothing was restored.`);
  if (hash.digest("hex") !== end.sha256) throw new BackupError(`${file} has been altered or damaged: its checksum does not match its contents. Nothing was restored.`);
  return { header, counts: end.counts };
}

/** Loads a verified backup into the database at URL, which must be migrated and empty (or --force). */
export async function restoreBackup(options: { url: string; file: string; force?: boolean }): Promise<Record<string, number>> {
  const { header, counts } = await verifyBackup(options.file);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const applied = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((row) => row.name);
    const missing = header.migrations.filter((name) => !applied.includes(name));
    if (missing.length) throw new BackupError(`The backup was made by a newer Factlog: this database lacks the migration ${missing[0]}. Run npm run db:migrate with the newer version first.`);
    const tables = await readTables(client);
    await client.query("BEGIN");
    const nonEmpty: string[] = [];
    for (const table of tables) {
      const { rows } = await client.query(`SELECT 1 FROM ${quote(table.name)} LIMIT 1`);
      if (rows.length) nonEmpty.push(table.name);
    }
    if (nonEmpty.length && !options.force) {
      throw new BackupError(`The database is not empty (${nonEmpty.slice(0, 3).join(", ")}${nonEmpty.length > 3 ? ", …" : ""} have rows). Restore into an empty database, or add --force to replace everything in it.`);
    }
    if (nonEmpty.length) await client.query(`TRUNCATE ${tables.map((table) => quote(table.name)).join(", ")} CASCADE`);
    const byName = new Map(tables.map((table) => [table.name, table]));
    if (header.version === 1) await loadJsonRows(client, options.file, byName);
    else {
      // As pg_restore does: rows first, then the indexes built once and the foreign keys checked
      // once, instead of row by row. All of it in the one transaction: a failure undoes it all.
      const rebuild = await setAsideIndexesAndForeignKeys(client);
      await loadCopyRows(client, options.file, byName);
      await rebuild();
    }
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Drops the foreign keys and the indexes that back no constraint, and returns what puts them back:
 * each index built over the loaded rows, each foreign key checked over them in one pass.
 */
async function setAsideIndexesAndForeignKeys(client: pg.Client): Promise<() => Promise<void>> {
  const foreignKeys = (await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
  )).rows;
  const indexes = (await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
  )).rows;
  for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${quote(index.name)}`);
  return async () => {
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of indexes) await client.query(index.definition);
    for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
  };
}

/** The table a backup's marker line names, as this database has it. */
function tableOf(byName: Map<string, Table>, marker: { table?: string }): Table {
  const table = byName.get(marker.table ?? "");
  if (!table) throw new BackupError(`The backup has a table "${marker.table}" that this database does not; it was made by another version of Factlog.`);
  return table;
}

/**
 * Version 2: each table's rows go to COPY … FROM STDIN as they were written. A column the backup
 * has and this database no longer does is left out of each line. A table that refers to itself
 * (a quantity part of a total) is loaded through a temporary table: its rows first without those
 * references, then the references, so no row waits for a parent later in the file.
 */
async function loadCopyRows(client: pg.Client, file: string, byName: Map<string, Table>): Promise<void> {
  let table: Table | null = null;
  let copy: Writable | null = null;
  let keep: number[] | null = null;
  let columns: string[] = [];
  let pending = "";
  let first = true;
  for await (const line of backupLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (!copy) {
      const marker = JSON.parse(line) as { table?: string; columns?: string[]; end?: boolean };
      if (marker.end) break;
      table = tableOf(byName, marker);
      const fileColumns = marker.columns ?? [];
      columns = fileColumns.filter((column) => table!.columns.includes(column));
      keep = columns.length === fileColumns.length ? null : columns.map((column) => fileColumns.indexOf(column));
      const target = table.selfReferences.length ? quote(`restore ${table.name}`) : quote(table.name);
      if (table.selfReferences.length) await client.query(`CREATE TEMP TABLE ${target} (LIKE ${quote(table.name)}) ON COMMIT DROP`);
      copy = client.query(copyFrom(`COPY ${target} (${columns.map(quote).join(", ")}) FROM STDIN`));
      continue;
    }
    if (line === END_OF_ROWS) {
      if (pending) await send(copy, pending);
      pending = "";
      copy.end();
      await finished(copy);
      copy = null;
      if (table!.selfReferences.length) await linkSelfReferences(client, table!, columns);
      continue;
    }
    // Fields are separated by tabs; a tab inside a value is written \t, so splitting is safe.
    if (keep) {
      const fields = line.split("\t");
      pending += `${keep.map((index) => fields[index]).join("\t")}\n`;
    } else pending += `${line}\n`;
    // Rows go to PostgreSQL in pieces of about a megabyte, not one message each.
    if (pending.length >= 1 << 20) {
      await send(copy, pending);
      pending = "";
    }
  }
  if (copy) throw new BackupError(`${file} ends inside the rows of ${table!.name}. Nothing was restored.`);
}

async function linkSelfReferences(client: pg.Client, table: Table, columns: string[]): Promise<void> {
  const staged = quote(`restore ${table.name}`);
  const values = columns.map((column) => (table.selfReferences.includes(column) ? "NULL" : quote(column))).join(", ");
  await client.query(`INSERT INTO ${quote(table.name)} (${columns.map(quote).join(", ")}) SELECT ${values} FROM ${staged}`);
  for (const column of table.selfReferences.filter((each) => columns.includes(each))) {
    await client.query(`UPDATE ${quote(table.name)} AS t SET ${quote(column)} = s.${quote(column)} FROM ${staged} AS s WHERE t."id" = s."id" AND s.${quote(column)} IS NOT NULL`);
  }
}

/** Version 1: a JSON array per row, inserted 500 at a time; self-references set after their table. */
async function loadJsonRows(client: pg.Client, file: string, byName: Map<string, Table>): Promise<void> {
  let table: Table | null = null;
  let fileColumns: string[] = [];
  let batch: unknown[][] = [];
  const deferred: { id: unknown; values: Record<string, unknown> }[] = [];
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const target = table;
    const keep = fileColumns.filter((column) => target.columns.includes(column));
    const rows = batch.map((row) => Object.fromEntries(keep.map((column) => [column, target.selfReferences.includes(column) ? null : row[fileColumns.indexOf(column)]])));
    for (const row of batch) {
      const values = Object.fromEntries(target.selfReferences.map((column) => [column, row[fileColumns.indexOf(column)]]).filter(([, value]) => value !== null));
      if (Object.keys(values).length) deferred.push({ id: row[fileColumns.indexOf("id")], values });
    }
    const list = keep.map(quote).join(", ");
    await client.query(`INSERT INTO ${quote(target.name)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(target.name)}, $1::json)`, [JSON.stringify(rows)]);
    batch = [];
  };
  const finishTable = async () => {
    await flush();
    if (table) for (const { id, values } of deferred.splice(0)) {
      const sets = Object.keys(values).map((column, index) => `${quote(column)} = $${index + 2}`).join(", ");
      await client.query(`UPDATE ${quote(table.name)} SET ${sets} WHERE "id" = $1`, [id, ...Object.values(values)]);
    }
  };
  let first = true;
  for await (const line of backupLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (line.startsWith("{")) {
      const marker = JSON.parse(line) as { table?: string; columns?: string[]; end?: boolean };
      await finishTable();
      if (marker.end) break;
      table = tableOf(byName, marker);
      fileColumns = marker.columns ?? [];
      continue;
    }
    batch.push(JSON.parse(line) as unknown[]);
    if (batch.length >= 500) await flush();
  }
}
