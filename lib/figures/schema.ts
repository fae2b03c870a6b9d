import { said } from "../i18n/refusals";
import { z } from "zod";

export const createQuantitySchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: said("quantities.key") }),
  labelEn: z.string().trim().min(1, { message: said("quantities.labelEn") }).max(200),
  labelRu: z.string().trim().min(1, { message: said("quantities.labelRu") }).max(200),
  labelKy: z.string().trim().min(1, { message: said("quantities.labelKy") }).max(200),
  unit: z.string().trim().nullable().default(null).transform((unit) => unit || null),
  partOfKey: z.string().trim().nullable().default(null).transform((key) => key || null),
});
