import { z } from "zod";
import { ENTITY_TYPES, isTranslatable, TRANSLATABLE, TRANSLATION_LANGUAGES } from "./fields";

// Markup in a translation is refused, not stripped: readers see text, and the translator decides what it says.
const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);/i;

export const saveTranslationSchema = z
  .object({
    entityType: z.enum(ENTITY_TYPES),
    entityId: z.string().min(1).max(100),
    field: z.string().min(1).max(40),
    language: z.enum(TRANSLATION_LANGUAGES, { message: `Translations are into ${TRANSLATION_LANGUAGES.join(" and ")}.` }),
    text: z.string().trim().min(1, { message: "Write the translation, or leave the field as it was." }),
  })
  .superRefine((input, context) => {
    const key = `${input.entityType}.${input.field}`;
    if (!isTranslatable(key)) {
      context.addIssue({ code: "custom", path: ["field"], message: `${input.entityType}'s ${input.field} has no versions in other languages.` });
      return;
    }
    const { label, max } = TRANSLATABLE[key];
    if (input.text.length > max) {
      context.addIssue({ code: "custom", path: ["text"], message: `The ${label.toLowerCase()} is at most ${max.toLocaleString("en")} characters in every language; this one has ${input.text.length.toLocaleString("en")}.` });
    }
    if (MARKUP.test(input.text)) {
      context.addIssue({ code: "custom", path: ["text"], message: "Write the translation as plain text: it has markup in it (a tag like <b> or an entity like &amp;), which readers would see as it is." });
    }
  });
export type SaveTranslationInput = z.input<typeof saveTranslationSchema>;

export const translationIdSchema = z.object({ id: z.string().min(1).max(100) });
