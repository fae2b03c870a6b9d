import "server-only";
import type { Writable } from "node:stream";
import type { Db } from "../db/client";
import { findSiteIdentity } from "../identity/queries";
import { siteUrl } from "../site";
import { countExportClaims, readExportClaims, type ExportClaim } from "./claims";
import type { ExportFilter } from "./filter";
import { claimReviewFeed, claimsCsv, claimsCsvPart, claimsJson, evidenceCsv, evidenceCsvPart } from "./formats";
import { onePass, type Part } from "./one-pass";
import { claimsReport } from "./report";
import { SHEETS, sheetPart, workbookFiles } from "./xlsx";
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
        options.onClaims?.(written);
      }
    })();
  switch (options.format) {
    case "csv":
      yield* archive([{ name: "claims.csv", part: claimsCsvPart }, { name: "evidence.csv", part: evidenceCsvPart }]);
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
    case "xlsx":
      yield* archive(SHEETS.map((sheet, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, part: sheetPart(sheet) })), workbookFiles(exportedAt));
      return;
  }

  /** A ZIP of `files` and then `parts`, the parts written in one pass over the claims. */
  async function* archive(parts: { name: string; part: Part<ExportClaim[]> }[], files: { name: string; text: string }[] = []): AsyncGenerator<Buffer> {
    const pass = onePass(batches(), parts.map((item) => item.part));
    try {
      yield* zipEntries([...files.map((file) => ({ name: file.name, chunks: [file.text] })), ...parts.map((item, index) => ({ name: item.name, chunks: pass.outputs[index] }))], exportedAt);
    } finally {
      await pass.dispose();
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
