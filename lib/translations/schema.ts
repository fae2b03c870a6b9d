import { refusal, said, type ErrorKey } from "../i18n/refusals";
import { z } from "zod";
import { ENTITY_TYPES, isTranslatable, TRANSLATABLE, TRANSLATION_LANGUAGES } from "./fields";

// Markup in a translation is refused, not stripped: readers see text, and the translator decides what it says.
const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);/i;

export const saveTranslationSchema = z
  .object({
    entityType: z.enum(ENTITY_TYPES),
    entityId: z.string().min(1).max(100),
    field: z.string().min(1).max(40),
    language: z.enum(TRANSLATION_LANGUAGES, { message: said("translations.language", { languages: TRANSLATION_LANGUAGES.join(", ") }) }),
    text: z.string().trim().min(1, { message: said("translations.textRequired") }),
  })
  .superRefine((input, context) => {
    const key = `${input.entityType}.${input.field}`;
    if (!isTranslatable(key)) {
      context.addIssue({ code: "custom", path: ["field"], message: said("translations.notTranslatable", { entity: input.entityType, field: input.field }) });
      return;
    }
    const { max } = TRANSLATABLE[key];
    if (input.text.length > max) {
      context.addIssue({ code: "custom", path: ["text"], message: said("translations.tooLong", { field: refusal(`translations.field.${key}` as ErrorKey), max, length: input.text.length }) });
    }
    if (MARKUP.test(input.text)) {
      context.addIssue({ code: "custom", path: ["text"], message: said("translations.markup") });
    }
  });
export type SaveTranslationInput = z.input<typeof saveTranslationSchema>;

export const translationIdSchema = z.object({ id: z.string().min(1).max(100) });
