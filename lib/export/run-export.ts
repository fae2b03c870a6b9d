import "server-only";
import { PassThrough, type Writable } from "node:stream";
import type { Db } from "../db/client";
import { findSiteIdentity } from "../identity/queries";
import { siteUrl } from "../site";
import { countExportClaims, readExportClaims } from "./claims";
import type { ExportFilter } from "./filter";
import { claimReviewFeed, claimsCsv, claimsJson, evidenceCsv } from "./formats";
import { claimsReport } from "./report";
import { writeXlsx } from "./xlsx";
import { zipEntries } from "./zip";

export const EXPORT_FORMATS = {
  csv: { extension: "zip", contentType: "application/zip", label: "CSV (claims and evidence, zipped)" },
  "csv-claims": { extension: "csv", contentType: "text/csv; charset=utf-8", label: "CSV, claims only" },
  "csv-evidence": { extension: "csv", contentType: "text/csv; charset=utf-8", label: "CSV, evidence only" },
  xlsx: { extension: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Spreadsheet (XLSX)" },
  json: { extension: "json", contentType: "application/json; charset=utf-8", label: "JSON" },
  claimreview: { extension: "jsonld", contentType: "application/ld+json; charset=utf-8", label: "ClaimReview JSON-LD" },
  report: { extension: "html", contentType: "text/html; charset=utf-8", label: "Printable report" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && value in EXPORT_FORMATS;
}

function describeFilter(filter: ExportFilter): string {
  return Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(", ") : value}`)
    .join("; ");
}

/** Chunks of one export, in order; `onClaims` hears how many claims have been written so far. */
export async function* exportChunks(options: { db: Db; format: ExportFormat; filter: ExportFilter; onClaims?: (written: number) => void; now?: Date }): AsyncGenerator<string | Buffer> {
  const { db, filter } = options;
  const exportedAt = options.now ?? new Date();
  let written = 0;
  const batches = () =>
    (async function* counted() {
      for await (const batch of readExportClaims({ db, filter })) {
        yield batch;
        written += batch.length;
        // The spreadsheet reads the list once per sheet: progress counts claims, not passes.
        options.onClaims?.(options.format === "xlsx" ? Math.round(written / 3) : written);
      }
    })();
  switch (options.format) {
    case "csv":
      yield* zipEntries([
        { name: "claims.csv", chunks: claimsCsv(batches()) },
        { name: "evidence.csv", chunks: evidenceCsv(readExportClaims({ db, filter })) },
      ], exportedAt);
      return;
    case "csv-claims":
      yield* claimsCsv(batches());
      return;
    case "csv-evidence":
      yield* evidenceCsv(batches());
      return;
    case "json":
      yield* claimsJson(batches(), { exportedAt, filter });
      return;
    case "claimreview":
      // The identity read from the export's own database (the command line has no other).
      yield* claimReviewFeed(batches(), { url: siteUrl(), name: (await findSiteIdentity({ db })).texts.en.name, exportedAt });
      return;
    case "report":
      yield* claimsReport(batches(), { title: `${(await findSiteIdentity({ db })).texts.en.name}: claims`, exportedAt, filterText: describeFilter(filter) });
      return;
    case "xlsx": {
      // exceljs writes to a stream; hand its bytes on as they come.
      const stream = new PassThrough();
      let failure: unknown = null;
      const done = writeXlsx({ stream, batches }).then(
        () => stream.end(),
        (error: unknown) => {
          failure = error;
          stream.destroy(error as Error);
        },
      );
      for await (const chunk of stream) yield chunk as Buffer;
      await done;
      if (failure) throw failure;
      return;
    }
  }
}

/** Writes an export to a stream, waiting whenever the stream asks to; returns the claims written. */
export async function writeExport(options: { db: Db; format: ExportFormat; filter: ExportFilter; out: Writable; onClaims?: (written: number) => void }): Promise<{ claims: number; total: number }> {
  const total = await countExportClaims({ db: options.db, filter: options.filter });
  let claims = 0;
  for await (const chunk of exportChunks({ ...options, onClaims: (written) => { claims = written; options.onClaims?.(written); } })) {
    if (!options.out.write(chunk)) await new Promise((resolve) => options.out.once("drain", resolve));
  }
  return { claims, total };
}
