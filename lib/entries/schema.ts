import { z } from "zod";

export const correctEntrySchema = z.object({
  entryId: z.string().min(1),
  text: z.string().trim().min(1, { message: "An entry needs text." }).max(200_000, { message: "An entry holds at most 200,000 characters." }),
  reason: z.string().trim().min(5, { message: "Say what was corrected, in a few words at least." }).max(500),
});
