import { refusal, said } from "../i18n/refusals";
import { z } from "zod";

/**
 * The site's identity as an admin enters it (issue 19): per language its name, tagline,
 * description and "How we check" text (paragraphs separated by a blank line), and per verdict of
 * the rating scale a public description. Plain text only: it is shown as text everywhere, so
 * markup would show as markup; a field that holds some is refused in words.
 */
const plain = (field: "name" | "tagline" | "description" | "howWeCheck" | "verdict", max: number, required: boolean) => {
  const named = refusal(`identity.field.${field}`);
  const base = z
    .string()
    .trim()
    .max(max, { message: said("identity.tooLong", { field: named, max }) })
    .refine((text) => !/<\/?[a-z!][^>]*>/i.test(text), { message: said("identity.markup", { field: named }) });
  return required ? base.pipe(z.string().min(1, { message: said("identity.empty", { field: named }) })) : base.default("");
};

export const identityTextsSchema = z.object({
  name: plain("name", 80, true),
  tagline: plain("tagline", 200, true),
  description: plain("description", 500, false),
  howWeCheck: plain("howWeCheck", 5000, false),
});
export type IdentityTexts = z.output<typeof identityTextsSchema>;

export const LOGO_MAX_BYTES = 1024 * 1024;

export const siteIdentitySchema = z.object({
  en: identityTextsSchema,
  ru: identityTextsSchema,
  ky: identityTextsSchema,
  ratings: z.record(z.string().min(1).max(60), z.object({ en: plain("verdict", 500, false), ru: plain("verdict", 500, false), ky: plain("verdict", 500, false) })).default({}),
  contactEmail: z.union([z.literal(""), z.email({ message: said("identity.contactEmail") })]).default(""),
  // The logo as base64, or null to keep the one stored, or "" to remove it.
  logo: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 16, { message: said("identity.logoOver") }).nullable().default(null),
});
export type SiteIdentityInput = z.input<typeof siteIdentitySchema>;
