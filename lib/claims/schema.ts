import { said } from "../i18n/refusals";
import { z } from "zod";
import { HEDGE_CLASS } from "../text/hedge-words";
import { hedgeSchema, hedgeWordSchema, languageSchema } from "../sources/schema";

// A statement describes the claim; the verdict belongs in the rating, not in the statement.
const VERDICT_WORDS = /\b(false|true|fake|misleading|lie|hoax|debunked)\b|(^|[^а-яёөүң])(ложь|фейк|неправда|правда|жалган|чындык)([^а-яёөүң]|$)/iu;

export const statementSchema = z
  .string()
  .trim()
  .min(1, { message: said("claims.statementRequired") })
  .max(75, { message: said("claims.statementTooLong", { max: 75 }) })
  .refine((value) => !VERDICT_WORDS.test(value), { message: said("claims.verdictInStatement") });

const NUMBER_MESSAGE = said("claims.figureNotNumber");

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
    asOf: z.coerce.date({ message: said("claims.figureAsOf") }).nullable().default(null),
  })
  .refine((figure) => figure.hedge === "VAGUE" || figure.hedge === "RANGE" || figure.value !== null, {
    message: said("claims.figureValueRequired"),
    path: ["value"],
  })
  .refine((figure) => figure.hedge !== "RANGE" || (figure.low !== null && figure.high !== null), {
    message: said("claims.rangeBounds"),
    path: ["low"],
  })
  .refine((figure) => figure.low === null || figure.high === null || figure.low <= figure.high, {
    message: said("claims.rangeOrder"),
    path: ["low"],
  })
  .refine((figure) => !figure.hedgeWord || HEDGE_CLASS[figure.hedgeWord] === figure.hedge, {
    message: said("claims.hedgeWordMismatch"),
    path: ["hedge"],
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: said("claims.tooLong", { max }) })
    .nullable()
    .default(null)
    .transform((value) => (value === "" ? null : value));

/** The fields an editor writes; shared by the claim form and the server. */
export const claimFieldsSchema = z.object({
  statement: statementSchema,
  quoteOriginal: z.string().trim().min(1, { message: said("claims.quoteRequired") }),
  quoteLanguage: languageSchema,
  translations: z
    .object({ en: z.string().trim().optional(), ru: z.string().trim().optional(), ky: z.string().trim().optional() })
    .default({})
    .transform((translations) => Object.fromEntries(Object.entries(translations).filter(([, text]) => text)) as { en?: string; ru?: string; ky?: string }),
  speakerId: z.string().min(1).nullable().default(null),
  speakerRole: optionalText(200),
  attribution: optionalText(500),
  attributionChain: z
    .array(z.object({ how: z.string().trim().min(1, { message: said("claims.stepHowRequired") }), by: z.string().trim().min(1, { message: said("claims.stepByRequired") }) }))
    .max(10)
    .default([]),
  saidAt: z.coerce.date({ message: said("claims.saidAt") }).nullable().default(null),
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
  ratingKey: z.string().min(1, { message: said("claims.verdictRequired") }),
  verdictSummary: z.string().trim().min(20, { message: said("claims.summaryTooShort", { min: 20 }) }).max(2000),
};

/** A save: the new values, the version the editor opened, and the values as they were then. */
export const updateClaimSchema = claimRefSchema.extend({
  fields: claimFieldsSchema,
  base: claimFieldsSchema,
});

export const reviewNoteSchema = claimRefSchema.extend({
  note: z.string().trim().min(5, { message: said("claims.returnNote") }).max(2000),
});

export const correctClaimSchema = claimRefSchema.extend({
  ...verdictFields,
  note: z.string().trim().min(10, { message: said("claims.correctionNote") }).max(2000),
});

export const archiveClaimSchema = claimRefSchema.extend({
  reason: z.string().trim().min(5, { message: said("claims.archiveReason") }).max(2000),
});

export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const publishClaimSchema = claimRefSchema.extend(verdictFields);

/** The admin's rating scale: each verdict's key, labels in three languages, ClaimReview value and colour. */
export const ratingSchema = z.object({
  id: z.string().min(1).optional(),
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: said("ratings.key") }),
  labelEn: z.string().trim().min(1, { message: said("ratings.labelEn") }).max(60),
  labelRu: z.string().trim().min(1, { message: said("ratings.labelRu") }).max(60),
  labelKy: z.string().trim().min(1, { message: said("ratings.labelKy") }).max(60),
  reviewValue: z.number().int().min(1, { message: said("ratings.reviewValue") }).max(5, { message: said("ratings.reviewValue") }).nullable(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: said("ratings.colour") }),
});

export const ratingScaleSchema = z
  .array(ratingSchema)
  .min(2, { message: said("ratings.atLeastTwo") })
  .max(12)
  .refine((ratings) => new Set(ratings.map((rating) => rating.key)).size === ratings.length, { message: said("ratings.uniqueKeys") });
