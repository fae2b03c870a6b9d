import { AuthError, requireRole } from "@/lib/auth/guards";
import { authFailure } from "@/lib/auth/route-guards";
import { exportDownload, formatError } from "@/lib/export/download";
import { parseExportFilter } from "@/lib/export/filter";
import type { ExportFormat } from "@/lib/export/run-export";

export const dynamic = "force-dynamic";

/** Editors' exports: any status, with the desk's filters. Reading only, so no origin check. */
export async function GET(request: Request) {
  try {
    await requireRole("editor");
  } catch (error) {
    if (error instanceof AuthError) return authFailure(error);
    throw error;
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const refused = formatError(params.format ?? null);
  if (refused) return refused;
  const parsed = parseExportFilter(params);
  if (!parsed.ok) return new Response(parsed.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return exportDownload({ audience: "desk", format: params.format as ExportFormat, filter: parsed.value, name: "factlog-claims" });
}
