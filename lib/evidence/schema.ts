import { said } from "../i18n/refusals";
import { z } from "zod";

const stanceSchema = z.enum(["SUPPORTS", "CONTRADICTS", "CONTEXT"], { message: said("evidence.stance") });
const noteSchema = z.string().trim().max(2000).nullable().default(null).transform((note) => note || null);

export const linkEvidenceSchema = z.object({
  claimId: z.string().min(1),
  entryId: z.string().min(1),
  stance: stanceSchema,
  passage: z.string().trim().min(1, { message: said("evidence.passageRequired") }),
  passageStart: z.number().int().min(0).optional(),
  note: noteSchema,
  // Accepting a figure suggestion puts that figure on the claim's quantity's timeline.
  figureMentionId: z.string().min(1).optional(),
});

export const evidenceChangeSchema = z.object({ linkId: z.string().min(1), stance: stanceSchema, note: noteSchema });

/** The claim an evidence change belongs to, so its pages can be refreshed. */
export const evidenceOfClaimSchema = z.object({ claimId: z.string().min(1) });

export const unlinkEvidenceSchema = z.object({ linkId: z.string().min(1), claimId: z.string().min(1) });

export const dismissSuggestionSchema = z.object({ claimId: z.string().min(1), entryId: z.string().min(1) });

/** The desk's search for entries to link by hand. */
export const entrySearchQuerySchema = z.string({ message: said("evidence.searchWords") });
