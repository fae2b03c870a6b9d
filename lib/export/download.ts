import "server-only";
import { getDb, getReaderDb } from "../db/client";
import { countExportClaims } from "./claims";
import type { ExportFilter } from "./filter";
import { EXPORT_FORMATS, exportChunks, isExportFormat, type ExportFormat } from "./run-export";

export function formatError(format: string | null): Response | null {
  if (isExportFormat(format)) return null;
  const message = format
    ? `There is no export format "${format.slice(0, 40)}"; choose one of: ${Object.keys(EXPORT_FORMATS).join(", ")}.`
    : `Say which format: ?format= one of ${Object.keys(EXPORT_FORMATS).join(", ")}.`;
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A streamed download: the browser shows its progress and can cancel it, which stops the export. */
/** Public downloads read from the replicas (getReaderDb); the desk's from the primary. */
export async function exportDownload(options: { audience: "public" | "desk"; format: ExportFormat; filter: ExportFilter; name: string }): Promise<Response> {
  const db = options.audience === "public" ? getReaderDb() : getDb();
  const total = await countExportClaims({ db, filter: options.filter });
  const chunks = exportChunks({ db, format: options.format, filter: options.filter });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : new Uint8Array(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const { extension, contentType } = EXPORT_FORMATS[options.format];
  const file = `${options.name}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${file}"`,
      "X-Claim-Count": String(total),
      "Cache-Control": "no-store",
    },
  });
}
