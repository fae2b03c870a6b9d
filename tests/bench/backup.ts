// Backup and restore (issue 18) on the generated newsroom, each beside PostgreSQL's own tools
// in the same run: Factlog's backup against `pg_dump -Fc` of the same database, its restore
// (checksum pass included) against `pg_restore` of that dump into an empty database.
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { restoreBackup, writeBackup } from "../../lib/backup/backup";
import { applyMigrations } from "../../lib/db/migrate";
import { withDatabaseName } from "../../lib/db/url";
import { createTestDatabase } from "../helpers/test-database";
import { measured, mb } from "./exports";
import { benchNewsroom } from "./newsroom";

const run = promisify(execFile);

export async function benchBackup(): Promise<string[]> {
  const url = await benchNewsroom();
  const dir = await mkdtemp(path.join(tmpdir(), "factlog-bench-backup-"));
  // The empty databases go on the same PostgreSQL server as the newsroom.
  process.env.DATABASE_URL ??= withDatabaseName(url, "postgres");
  const lines = ["| **backup and restore** of the generated newsroom, beside PostgreSQL's own tools | |"];
  try {
    console.error("  backup…");
    const file = path.join(dir, "newsroom.backup.gz");
    const backup = await measured(() => writeBackup({ url, out: file }));
    const rows = Object.values(backup.result).reduce((sum, count) => sum + count, 0);
    console.error("  pg_dump -Fc…");
    const dump = path.join(dir, "newsroom.dump");
    const pgDump = await measured(() => run("pg_dump", ["-Fc", "-f", dump, url]));
    lines.push(`| backup (${rows.toLocaleString("en-GB")} rows): time, file, peak memory / \`pg_dump -Fc\`: time, file | ${backup.seconds.toFixed(1)} s, ${mb((await stat(file)).size)}, ${backup.peakMb.toFixed(0)} MB / ${pgDump.seconds.toFixed(1)} s, ${mb((await stat(dump)).size)}: **${(backup.seconds / pgDump.seconds).toFixed(2)}×** (goal ≤ 1.5×) |`);

    console.error("  restore…");
    const target = await createTestDatabase("bench_restore");
    const plain = await createTestDatabase("bench_pg_restore");
    try {
      await applyMigrations({ url: target.url });
      const restore = await measured(() => restoreBackup({ url: target.url, file }));
      console.error("  pg_restore…");
      const pgRestore = await measured(() => run("pg_restore", ["--no-owner", "-d", plain.url, dump]));
      lines.push(`| restore into an empty database, checksum pass included: time, peak memory / \`pg_restore\` of the dump: time | ${restore.seconds.toFixed(1)} s, ${restore.peakMb.toFixed(0)} MB / ${pgRestore.seconds.toFixed(1)} s: **${(restore.seconds / pgRestore.seconds).toFixed(2)}×** (goal ≤ 1.5×) |`);
    } finally {
      await target.drop();
      await plain.drop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
