import { z } from "zod";

export const correctEntrySchema = z.object({
  entryId: z.string().min(1),
  text: z.string().trim().min(1, { message: "An entry needs text." }).max(200_000, { message: "An entry holds at most 200,000 characters." }),
  reason: z.string().trim().min(5, { message: "Say what was corrected, in a few words at least." }).max(500),
});

/** An entry's own date and time, as an editor sets it (UTC), or null to fall back to its clock time on the source's day. */
export const redateEntrySchema = z.object({
  entryId: z.string().min(1),
  publishedAt: z
    .preprocess((value) => (value === "" ? null : value), z.iso.datetime({ local: true, message: "Give the date and time like 2022-01-05T16:43, in UTC." }).nullable())
    .transform((value) => (value ? new Date(`${value.length === 16 ? `${value}:00` : value}Z`) : null))
    .refine((value) => value === null || !Number.isNaN(value.getTime()), { message: "That day does not exist: check the date." }),
  reason: z.string().trim().min(5, { message: "Say why the date changes, in a few words at least." }).max(500),
});
