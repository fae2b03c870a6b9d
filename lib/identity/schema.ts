import { z } from "zod";

/**
 * The site's identity as an admin enters it (issue 19): per language its name, tagline,
 * description and "How we check" text (paragraphs separated by a blank line), and per verdict of
 * the rating scale a public description. Plain text only: it is shown as text everywhere, so
 * markup would show as markup; a field that holds some is refused in words.
 */
const plain = (label: string, max: number, required: boolean) => {
  const base = z
    .string()
    .trim()
    .max(max, { message: `${label} is at most ${max.toLocaleString("en-GB")} characters.` })
    .refine((text) => !/<\/?[a-z!][^>]*>/i.test(text), { message: `${label}: write plain text, without markup such as <b> or <a>.` });
  return required ? base.pipe(z.string().min(1, { message: `${label} cannot be empty.` })) : base.default("");
};

export const identityTextsSchema = z.object({
  name: plain("The name", 80, true),
  tagline: plain("The tagline", 200, true),
  description: plain("The description", 500, false),
  howWeCheck: plain("“How we check”", 5000, false),
});
export type IdentityTexts = z.output<typeof identityTextsSchema>;

export const LOGO_MAX_BYTES = 1024 * 1024;

export const siteIdentitySchema = z.object({
  en: identityTextsSchema,
  ru: identityTextsSchema,
  ky: identityTextsSchema,
  ratings: z.record(z.string().min(1).max(60), z.object({ en: plain("A verdict's description", 500, false), ru: plain("A verdict's description", 500, false), ky: plain("A verdict's description", 500, false) })).default({}),
  contactEmail: z.union([z.literal(""), z.email({ message: "The contact address must be an email address, like desk@example.org." })]).default(""),
  // The logo as base64, or null to keep the one stored, or "" to remove it.
  logo: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 16, { message: "The logo is over 1 MB: use a smaller image." }).nullable().default(null),
});
export type SiteIdentityInput = z.input<typeof siteIdentitySchema>;
