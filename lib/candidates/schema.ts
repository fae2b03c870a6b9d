import { said } from "../i18n/refusals";
import { z } from "zod";

export const dismissCandidateSchema = z.object({
  candidateId: z.string().min(1),
  reason: z.string().trim().min(3, { message: said("candidates.reasonRequired") }).max(300, { message: said("candidates.reasonTooLong", { max: 300 }) }),
});

/** The queue's filters, as the desk's address carries them; anything else is dropped. */
export const candidateFilterSchema = z.object({
  source: z.string().min(1).max(100).optional().catch(undefined),
  language: z.enum(["ky", "ru", "en", "kk", "mixed"]).optional().catch(undefined),
  speaker: z.string().min(1).max(100).optional().catch(undefined),
  quantity: z.string().min(1).max(100).optional().catch(undefined),
});
export type CandidateFilter = z.infer<typeof candidateFilterSchema>;
