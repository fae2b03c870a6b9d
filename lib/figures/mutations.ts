import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { ClaimError } from "../claims/errors";
import { firstIssue } from "../claims/validation";

export const createQuantitySchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Keys are lower-case words joined by hyphens, like deaths-january-2022." }),
  labelEn: z.string().trim().min(1, { message: "Name the quantity in English." }).max(200),
  labelRu: z.string().trim().min(1, { message: "Name the quantity in Russian." }).max(200),
  labelKy: z.string().trim().min(1, { message: "Name the quantity in Kyrgyz." }).max(200),
  unit: z.string().trim().nullable().default(null).transform((unit) => unit || null),
  partOfKey: z.string().trim().nullable().default(null).transform((key) => key || null),
});

export async function createQuantity(options: { db: Db; actorId: string | null; input: z.input<typeof createQuantitySchema> }) {
  const parsed = createQuantitySchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const { partOfKey, ...input } = parsed.data;
  return options.db.$transaction(async (tx) => {
    if (await tx.quantity.findUnique({ where: { key: input.key }, select: { id: true } })) {
      throw new ClaimError(`A quantity with the key “${input.key}” already exists: choose it instead.`, "key");
    }
    const partOf = partOfKey ? await tx.quantity.findUnique({ where: { key: partOfKey }, select: { id: true } }) : null;
    if (partOfKey && !partOf) throw new ClaimError(`There is no quantity “${partOfKey}” to be part of.`, "partOfKey");
    const quantity = await tx.quantity.create({ data: { ...input, partOfId: partOf?.id ?? null }, select: { id: true, key: true, labelEn: true, unit: true } });
    await recordAudit(tx, { actorId: options.actorId, entityType: "Quantity", entityId: quantity.id, action: "create", after: quantity });
    return quantity;
  });
}
