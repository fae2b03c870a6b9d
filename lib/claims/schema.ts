import { z } from "zod";
import { hedgeSchema, languageSchema } from "../sources/schema";

// A statement describes the claim; the verdict belongs in the rating, not in the statement.
const VERDICT_WORDS = /\b(false|true|fake|misleading|lie|hoax|debunked)\b|(^|[^а-яёөүң])(ложь|фейк|неправда|правда|жалган|чындык)([^а-яёөүң]|$)/iu;

export const statementSchema = z
  .string()
  .trim()
  .min(1, { message: "Write a short statement of the claim." })
  .max(75, { message: "Keep the statement to 75 characters or fewer." })
  .refine((value) => !VERDICT_WORDS.test(value), { message: "Leave the verdict out of the statement; it goes in the rating." });

export const anchorSchema = z.object({
  exact: z.string().min(1),
  start: z.number().int().min(0).optional(),
});

export const figureInputSchema = z
  .object({
    value: z.number().finite().nullable(),
    low: z.number().finite().nullable().default(null),
    high: z.number().finite().nullable().default(null),
    hedge: hedgeSchema,
    unit: z.string().trim().min(1).nullable().default(null),
    quantityId: z.string().min(1).nullable().default(null),
    asOf: z.coerce.date().nullable().default(null),
  })
  .refine((figure) => figure.low === null || figure.high === null || figure.low <= figure.high, {
    message: "The lower bound must not exceed the upper bound.",
    path: ["low"],
  });

export const createClaimSchema = z.object({
  statement: statementSchema,
  quoteOriginal: z.string().trim().min(1, { message: "Paste the exact quote." }),
  quoteLanguage: languageSchema,
  translations: z
    .object({ en: z.string().trim().min(1).optional(), ru: z.string().trim().min(1).optional(), ky: z.string().trim().min(1).optional() })
    .default({}),
  entryId: z.string().min(1).nullable().default(null),
  anchor: anchorSchema.nullable().default(null),
  speakerId: z.string().min(1).nullable().default(null),
  speakerRole: z.string().trim().max(200).nullable().default(null),
  attribution: z.string().trim().max(500).nullable().default(null),
  attributionChain: z.array(z.object({ how: z.string().trim().min(1), by: z.string().trim().min(1) })).default([]),
  saidAt: z.coerce.date().nullable().default(null),
  saidWhere: z.string().trim().max(200).nullable().default(null),
  figure: figureInputSchema.nullable().default(null),
  tags: z.array(z.string().trim().min(1)).default([]),
});

export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const publishClaimSchema = z.object({
  claimId: z.string().min(1),
  version: z.number().int().min(1),
  ratingKey: z.string().min(1, { message: "Choose a verdict." }),
  verdictSummary: z.string().trim().min(20, { message: "Explain the verdict in at least 20 characters." }).max(2000),
});
