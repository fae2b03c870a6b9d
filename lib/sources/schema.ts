import { z } from "zod";
import { HEDGE_CLASS, HEDGE_WORDS } from "../text/hedge-words";

export const languageSchema = z.enum(["ky", "ru", "en", "kk", "mixed", "und"], {
  message: "Language must be one of ky, ru, en, kk, mixed or und (unknown).",
});

export const sourceKindSchema = z.enum(["LIVE_BLOG", "ARTICLE", "SOCIAL_POST", "OFFICIAL_STATEMENT", "TRANSCRIPT", "OTHER"]);
export const hedgeSchema = z.enum(["EXACT", "APPROX", "AT_LEAST", "AT_MOST", "RANGE", "VAGUE"]);
/** The hedge as worded (lib/text/hedge-words.ts); it must belong to the figure's hedge class. */
export const hedgeWordSchema = z.enum(HEDGE_WORDS, { message: `A hedge word is one of ${HEDGE_WORDS.join(", ")}.` }).nullable().default(null);

export const figureMentionSchema = z.object({
  field: z.enum(["text", "headline"]).default("text"),
  text: z.string().min(1),
  value: z.number().finite().nullable(),
  low: z.number().finite().nullable().default(null),
  high: z.number().finite().nullable().default(null),
  hedge: hedgeSchema,
  hedgeWord: hedgeWordSchema,
  unit: z.string().nullable().default(null),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quantityKey: z.string().optional(),
}).refine((figure) => !figure.hedgeWord || HEDGE_CLASS[figure.hedgeWord] === figure.hedge, {
  message: "The hedge word does not fit the hedge: nearly and about are approximate, at least and more than are lower bounds, at most, up to and less than are upper bounds.",
  path: ["hedgeWord"],
});

/** A statement worth checking in an entry's text (lib/text/claim-spotting.ts). */
export const candidateInputSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()).default([]),
  speaker: z.string().nullable().default(null),
});

export const entryInputSchema = z.object({
  postedAt: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Time stamps look like 16:43." })
    .nullable()
    .default(null),
  /** The post's full date and time, when the source gives it. */
  publishedAt: z.coerce.date().nullable().default(null),
  /** The post's own address. */
  url: z.url({ message: "An entry's address is a full URL." }).nullable().default(null),
  /** When the post was last edited where it was published, and whom a forwarded post came from. */
  sourceEditedAt: z.coerce.date().nullable().default(null),
  forwardedFrom: z.string().trim().min(1).max(200).nullable().default(null),
  headline: z.string().trim().min(1).nullable().default(null),
  text: z.string().trim().min(1, { message: "An entry needs text." }),
  language: languageSchema,
  figures: z.array(figureMentionSchema).default([]),
  candidates: z.array(candidateInputSchema).default([]),
});

export const outletInputSchema = z.object({
  name: z.string().trim().min(1, { message: "Name the outlet." }).max(200),
  url: z.url().nullable().default(null),
  country: z.string().trim().max(80).nullable().default(null),
  language: languageSchema.nullable().default(null),
});

export const createSourceSchema = z.object({
  title: z.string().trim().min(1, { message: "Give the source a title." }).max(300),
  outlet: outletInputSchema.nullable().default(null),
  kind: sourceKindSchema,
  url: z.url({ message: "Enter the source's full address, starting with https://." }).nullable().default(null),
  language: languageSchema,
  publishedAt: z.coerce.date().nullable().default(null),
  rawText: z.string().min(1, { message: "The source is empty." }),
  dropped: z.array(z.object({ reason: z.string(), text: z.string() })).default([]),
  entries: z.array(entryInputSchema).min(1, { message: "No text was found in the source." }),
});

export type CreateSourceInput = z.input<typeof createSourceSchema>;
export type EntryInput = z.output<typeof entryInputSchema>;
