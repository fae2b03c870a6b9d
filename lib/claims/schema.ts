import { z } from "zod";
import { HEDGE_CLASS } from "../text/hedge-words";
import { hedgeSchema, hedgeWordSchema, languageSchema } from "../sources/schema";

// A statement describes the claim; the verdict belongs in the rating, not in the statement.
const VERDICT_WORDS = /\b(false|true|fake|misleading|lie|hoax|debunked)\b|(^|[^а-яёөүң])(ложь|фейк|неправда|правда|жалган|чындык)([^а-яёөүң]|$)/iu;

export const statementSchema = z
  .string()
  .trim()
  .min(1, { message: "Write a short statement of the claim." })
  .max(75, { message: "Keep the statement to 75 characters or fewer." })
  .refine((value) => !VERDICT_WORDS.test(value), { message: "Leave the verdict out of the statement; it goes in the rating." });

const NUMBER_MESSAGE = "Write the figure as a number, like 20000 or 7939.";

export const anchorSchema = z.object({
  exact: z.string().min(1),
  start: z.number().int().min(0).optional(),
});

export const figureInputSchema = z
  .object({
    value: z.number({ message: NUMBER_MESSAGE }).finite({ message: NUMBER_MESSAGE }).nullable(),
    low: z.number({ message: NUMBER_MESSAGE }).finite({ message: NUMBER_MESSAGE }).nullable().default(null),
    high: z.number({ message: NUMBER_MESSAGE }).finite({ message: NUMBER_MESSAGE }).nullable().default(null),
    hedge: hedgeSchema,
    hedgeWord: hedgeWordSchema,
    unit: z.string().trim().min(1).nullable().default(null),
    quantityId: z.string().min(1).nullable().default(null),
    asOf: z.coerce.date({ message: "Give the date the figure refers to, like 2022-01-10." }).nullable().default(null),
  })
  .refine((figure) => figure.hedge === "VAGUE" || figure.hedge === "RANGE" || figure.value !== null, {
    message: "Give the figure's value, or choose “vague” when the source gives no number.",
    path: ["value"],
  })
  .refine((figure) => figure.hedge !== "RANGE" || (figure.low !== null && figure.high !== null), {
    message: "A range needs both its lower and upper bound.",
    path: ["low"],
  })
  .refine((figure) => figure.low === null || figure.high === null || figure.low <= figure.high, {
    message: "The lower bound must not exceed the upper bound.",
    path: ["low"],
  })
  .refine((figure) => !figure.hedgeWord || HEDGE_CLASS[figure.hedgeWord] === figure.hedge, {
    message: "Choose the hedge again: its word does not fit it.",
    path: ["hedge"],
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep this to ${max} characters or fewer.` })
    .nullable()
    .default(null)
    .transform((value) => (value === "" ? null : value));

/** The fields an editor writes; shared by the claim form and the server. */
export const claimFieldsSchema = z.object({
  statement: statementSchema,
  quoteOriginal: z.string().trim().min(1, { message: "Paste the exact quote." }),
  quoteLanguage: languageSchema,
  translations: z
    .object({ en: z.string().trim().optional(), ru: z.string().trim().optional(), ky: z.string().trim().optional() })
    .default({})
    .transform((translations) => Object.fromEntries(Object.entries(translations).filter(([, text]) => text)) as { en?: string; ru?: string; ky?: string }),
  speakerId: z.string().min(1).nullable().default(null),
  speakerRole: optionalText(200),
  attribution: optionalText(500),
  attributionChain: z
    .array(z.object({ how: z.string().trim().min(1, { message: "Say how it was passed on." }), by: z.string().trim().min(1, { message: "Say who passed it on." }) }))
    .max(10)
    .default([]),
  saidAt: z.coerce.date({ message: "Give the date it was said, like 2022-01-07." }).nullable().default(null),
  saidWhere: optionalText(200),
  figure: figureInputSchema.nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
});

export const createClaimSchema = claimFieldsSchema.extend({
  entryId: z.string().min(1).nullable().default(null),
  anchor: anchorSchema.nullable().default(null),
});

export type ClaimFields = z.output<typeof claimFieldsSchema>;
export type ClaimFieldName = keyof ClaimFields;
export const CLAIM_FIELDS = Object.keys(claimFieldsSchema.shape) as ClaimFieldName[];

/** Which claim, at which version: every change to a claim names the version the editor saw. */
export const claimRefSchema = z.object({
  claimId: z.string().min(1),
  version: z.number().int().min(1),
});

const verdictFields = {
  ratingKey: z.string().min(1, { message: "Choose a verdict." }),
  verdictSummary: z.string().trim().min(20, { message: "Explain the verdict in at least 20 characters." }).max(2000),
};

/** A save: the new values, the version the editor opened, and the values as they were then. */
export const updateClaimSchema = claimRefSchema.extend({
  fields: claimFieldsSchema,
  base: claimFieldsSchema,
});

export const reviewNoteSchema = claimRefSchema.extend({
  note: z.string().trim().min(5, { message: "Tell the author what to change, in a few words at least." }).max(2000),
});

export const correctClaimSchema = claimRefSchema.extend({
  ...verdictFields,
  note: z.string().trim().min(10, { message: "Readers see the correction note: say what changed and why." }).max(2000),
});

export const archiveClaimSchema = claimRefSchema.extend({
  reason: z.string().trim().min(5, { message: "Say why the claim is archived." }).max(2000),
});

export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const publishClaimSchema = claimRefSchema.extend(verdictFields);

/** The admin's rating scale: each verdict's key, labels in three languages, ClaimReview value and colour. */
export const ratingSchema = z.object({
  id: z.string().min(1).optional(),
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Keys are lower-case words joined by hyphens, like mostly-true." }),
  labelEn: z.string().trim().min(1, { message: "Give the English label." }).max(60),
  labelRu: z.string().trim().min(1, { message: "Give the Russian label." }).max(60),
  labelKy: z.string().trim().min(1, { message: "Give the Kyrgyz label." }).max(60),
  reviewValue: z.number().int().min(1, { message: "ClaimReview values run from 1 (worst) to 5 (best)." }).max(5, { message: "ClaimReview values run from 1 (worst) to 5 (best)." }).nullable(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "Colours look like #1a7f37." }),
});

export const ratingScaleSchema = z
  .array(ratingSchema)
  .min(2, { message: "A rating scale needs at least two verdicts." })
  .max(12)
  .refine((ratings) => new Set(ratings.map((rating) => rating.key)).size === ratings.length, { message: "Each verdict needs its own key." });
