import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup, writeBackup } from "../backup/backup";
import { connectMigratedDatabase } from "../db/connect";
import { UsageError } from "./run";

export const BACKUP_HELP = `  backup --out FILE
      Writes every table (users, audit events, raw sources included) as one consistent snapshot.
  restore FILE [--force]
      Loads a backup into an empty, migrated database; --force replaces whatever is in it.`;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0).toLocaleString("en-GB");

export async function backupCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: "string" } }, strict: true });
  if (!values.out) throw new UsageError("backup needs --out FILE, for example --out factlog-2026-11-24.backup.gz.");
  const out = path.resolve(values.out);
  const database = await connectMigratedDatabase();
  try {
    const started = Date.now();
    const counts = await writeBackup({ url: database.url, out });
    console.log(`Backed up ${total(counts)} rows from ${Object.keys(counts).length} tables to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}

export async function restoreCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: "boolean" } }, strict: true });
  if (positionals.length !== 1) throw new UsageError("restore needs one backup file: npm run -s factlog -- restore FILE [--force]");
  const file = path.resolve(positionals[0]);
  if (!existsSync(file)) throw new UsageError(`There is no file ${file}.`);
  const database = await connectMigratedDatabase();
  try {
    const started = Date.now();
    const counts = await restoreBackup({ url: database.url, file, force: values.force });
    console.log(`Restored ${total(counts)} rows into ${Object.keys(counts).length} tables from ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}
