import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { connectMigratedDatabase } from "../db/connect";
import { parseExportFilter } from "../export/filter";
import { EXPORT_FORMATS, isExportFormat, writeExport } from "../export/run-export";
import { UsageError } from "./run";

export const EXPORT_HELP = `  export --format ${Object.keys(EXPORT_FORMATS).join("|")} --out FILE
         [--status published,updated,draft,in_review,archived] [--verdict KEY] [--speaker SLUG] [--tag SLUG]
         [--quantity KEY] [--source ID] [--outlet NAME] [--language ky|ru|en|kk|mixed] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--q WORDS]
      Writes the annotated claim list; every status unless --status is given.`;

/** `factlog export`: streams the list to a temporary file, renamed into place only when complete. */
export async function exportCommand(args: string[]): Promise<void> {
  const filters = ["status", "verdict", "speaker", "tag", "quantity", "source", "outlet", "language", "from", "to", "q"] as const;
  const { values } = parseArgs({
    args,
    options: { format: { type: "string" }, out: { type: "string" }, ...Object.fromEntries(filters.map((name) => [name, { type: "string" as const }])) },
    strict: true,
  });
  if (!values.format) throw new UsageError(`export needs --format, one of: ${Object.keys(EXPORT_FORMATS).join(", ")}.`);
  if (!isExportFormat(values.format)) throw new UsageError(`There is no export format "${values.format}"; choose one of: ${Object.keys(EXPORT_FORMATS).join(", ")}.`);
  if (!values.out) throw new UsageError(`export needs --out FILE, for example --out claims.${EXPORT_FORMATS[values.format].extension}.`);
  const given = values as Record<string, string | undefined>;
  const filter = parseExportFilter(Object.fromEntries(filters.map((name) => [name, given[name]])));
  if (!filter.ok) throw new UsageError(filter.message.replace('The filter "', 'The option "--'));
  const format = values.format;
  const out = path.resolve(values.out);
  const partial = `${out}.partial`;

  const database = await connectMigratedDatabase();
  const db = createDb(database.url, { maxConnections: 2 });
  const stream = createWriteStream(partial);
  try {
    const started = Date.now();
    const result = await writeExport({
      db,
      format,
      filter: filter.value,
      out: stream,
      onClaims: (written) => process.stderr.isTTY && process.stderr.write(`\r${written.toLocaleString("en-GB")} claims written…`),
    });
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(partial, out);
    if (process.stderr.isTTY) process.stderr.write("\n");
    console.log(`Wrote ${result.total.toLocaleString("en-GB")} claims as ${EXPORT_FORMATS[format].label} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
