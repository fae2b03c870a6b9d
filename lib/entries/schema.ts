import { said } from "../i18n/refusals";
import { z } from "zod";

export const correctEntrySchema = z.object({
  entryId: z.string().min(1),
  text: z.string().trim().min(1, { message: said("entries.textRequired") }).max(200_000, { message: said("entries.textTooLong", { max: 200000 }) }),
  reason: z.string().trim().min(5, { message: said("entries.correctionReason") }).max(500),
});

/** An entry's own date and time, as an editor sets it (UTC), or null to fall back to its clock time on the source's day. */
export const redateEntrySchema = z.object({
  entryId: z.string().min(1),
  publishedAt: z
    .preprocess((value) => (value === "" ? null : value), z.iso.datetime({ local: true, message: said("entries.dateFormat") }).nullable())
    .transform((value) => (value ? new Date(`${value.length === 16 ? `${value}:00` : value}Z`) : null))
    .refine((value) => value === null || !Number.isNaN(value.getTime()), { message: said("entries.noSuchDay") }),
  reason: z.string().trim().min(5, { message: said("entries.dateReason") }).max(500),
});
