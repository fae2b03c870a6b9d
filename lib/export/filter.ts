import { z } from "zod";
import { publicFilterSchema, type PublicFilter } from "../claims/public-filter";

// What an export can be narrowed by: the reader's filters, plus what only the desk sees.
export const EXPORT_STATUSES = ["draft", "in_review", "published", "updated", "archived"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const exportFilterSchema = publicFilterSchema.extend({
  status: z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.enum(EXPORT_STATUSES, { message: `must be one or more of ${EXPORT_STATUSES.join(", ")}, separated by commas` })).min(1))
    .optional(),
  source: z.string().regex(/^[a-z0-9-]{1,40}$/i, { message: "must be a source id" }).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
});

export type ExportFilter = z.infer<typeof exportFilterSchema>;

/** The filters from a query string or command line; the first bad one is named. */
export function parseExportFilter(params: Record<string, string | undefined>): { ok: true; value: ExportFilter } | { ok: false; message: string } {
  const known = Object.fromEntries(Object.entries(params).filter(([name, value]) => name in exportFilterSchema.shape && value !== undefined && value !== ""));
  const parsed = exportFilterSchema.safeParse(known);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `The filter "${String(issue.path[0])}" ${issue.message}.` };
}

/** Readers export only what is public: the status filter is fixed to published and updated. */
export function publicExportFilter(filter: PublicFilter): ExportFilter {
  return { ...filter, status: ["published", "updated"] };
}
