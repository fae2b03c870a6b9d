import { parseFilterStrictly } from "@/lib/claims/public-filter";
import { exportDownload, formatError } from "@/lib/export/download";
import { publicExportFilter } from "@/lib/export/filter";
import type { ExportFormat } from "@/lib/export/run-export";

export const dynamic = "force-dynamic";

/** Readers' exports: the published claims matching the search filters, in any format. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const refused = formatError(params.format ?? null);
  if (refused) return refused;
  const parsed = parseFilterStrictly(params);
  if (!parsed.ok) return new Response(parsed.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const filter = publicExportFilter(parsed.value);
  return exportDownload({ audience: "public", format: params.format as ExportFormat, filter, name: "factlog-verdicts" });
}
