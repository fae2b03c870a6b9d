import { z } from "zod";

export const createQuantitySchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Keys are lower-case words joined by hyphens, like deaths-january-2022." }),
  labelEn: z.string().trim().min(1, { message: "Name the quantity in English." }).max(200),
  labelRu: z.string().trim().min(1, { message: "Name the quantity in Russian." }).max(200),
  labelKy: z.string().trim().min(1, { message: "Name the quantity in Kyrgyz." }).max(200),
  unit: z.string().trim().nullable().default(null).transform((unit) => unit || null),
  partOfKey: z.string().trim().nullable().default(null).transform((key) => key || null),
});
