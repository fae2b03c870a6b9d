import { z } from "zod";

export const dismissCandidateSchema = z.object({
  candidateId: z.string().min(1),
  reason: z.string().trim().min(3, { message: "Say why it is not worth checking, in a few words." }).max(300, { message: "Keep the reason to 300 characters or fewer." }),
});

/** The queue's filters, as the desk's address carries them; anything else is dropped. */
export const candidateFilterSchema = z.object({
  source: z.string().min(1).max(100).optional().catch(undefined),
  language: z.enum(["ky", "ru", "en", "kk", "mixed"]).optional().catch(undefined),
  speaker: z.string().min(1).max(100).optional().catch(undefined),
  quantity: z.string().min(1).max(100).optional().catch(undefined),
});
export type CandidateFilter = z.infer<typeof candidateFilterSchema>;
