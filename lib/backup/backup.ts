import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { UserFacingError } from "../errors";

// A full backup: every table of the app (users with their password hashes, audit events, raw
// source texts, import jobs) read in one REPEATABLE READ transaction, so the file is one
// consistent moment. The file is gzipped lines of JSON: a header, then per table a line naming
// it and one line per row, then a closing line with the row counts and a SHA-256 of every line
// before it. Restore checks all of that before it writes anything, and loads in one transaction.

export const BACKUP_FORMAT = "factlog-backup";
export const BACKUP_VERSION = 1;

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

/** Writes the backup to FILE (through FILE.partial, renamed when complete); returns the row counts. */
export async function writeBackup(options: { url: string; out: string }): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const partial = `${options.out}.partial`;
  const gzip = createGzip();
  const file = createWriteStream(partial);
  const finished = new Promise<void>((resolve, reject) => {
    file.on("finish", resolve);
    file.on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(file);
  const hash = createHash("sha256");
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    hash.update(line);
    if (!gzip.write(line)) await new Promise((resolve) => gzip.once("drain", resolve));
  };
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await readTables(client);
    const migrations = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((row) => row.name);
    await write({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, tables: tables.map((table) => table.name) });
    for (const table of tables) {
      await write({ table: table.name, columns: table.columns });
      const list = table.columns.map(quote).join(", ");
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT json_build_array(${list})::text AS row FROM ${quote(table.name)}`);
      counts[table.name] = 0;
      for (;;) {
        const batch = await client.query<{ row: string }>("FETCH 1000 FROM rows");
        for (const row of batch.rows) {
          const line = `${row.row}\n`;
          hash.update(line);
          if (!gzip.write(line)) await new Promise((resolve) => gzip.once("drain", resolve));
        }
        counts[table.name] += batch.rows.length;
        if (batch.rows.length < 1000) break;
      }
      await client.query("CLOSE rows");
    }
    await client.query("COMMIT");
    gzip.end(`${JSON.stringify({ end: true, counts, sha256: hash.digest("hex") })}\n`);
    await finished;
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
  const input = createReadStream(file).pipe(createGunzip());
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
      if (header.version !== BACKUP_VERSION) throw new BackupError(`${file} is a version ${header.version} backup; this Factlog reads version ${BACKUP_VERSION}.`);
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
    const byName = new Map(tables.map((table) => [table.name, table]));
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
    for await (const line of backupLines(options.file)) {
      if (first) {
        first = false;
        continue;
      }
      if (line.startsWith("{")) {
        const marker = JSON.parse(line) as { table?: string; columns?: string[]; end?: boolean };
        await finishTable();
        if (marker.end) break;
        table = byName.get(marker.table!) ?? null;
        if (!table) throw new BackupError(`The backup has a table "${marker.table}" that this database does not; it was made by another version of Factlog.`);
        fileColumns = marker.columns ?? [];
        continue;
      }
      batch.push(JSON.parse(line) as unknown[]);
      if (batch.length >= 500) await flush();
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
