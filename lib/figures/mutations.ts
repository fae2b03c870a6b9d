import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";

export const createQuantitySchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Keys are lower-case words joined by hyphens, like deaths-january-2022." }),
  labelEn: z.string().trim().min(1),
  labelRu: z.string().trim().min(1),
  labelKy: z.string().trim().min(1),
  unit: z.string().trim().min(1).nullable().default(null),
});

export async function createQuantity(options: { db: Db; actorId: string | null; input: z.input<typeof createQuantitySchema> }) {
  const input = createQuantitySchema.parse(options.input);
  return options.db.$transaction(async (tx) => {
    const quantity = await tx.quantity.create({ data: input, select: { id: true, key: true, labelEn: true, unit: true } });
    await recordAudit(tx, { actorId: options.actorId, entityType: "Quantity", entityId: quantity.id, action: "create", after: quantity });
    return quantity;
  });
}
