import { refusal } from "../i18n/refusals";
import { FieldError, parseInput } from "../errors";
import type { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { createQuantitySchema } from "./schema";

export async function createQuantity(options: { db: Db; actorId: string | null; input: z.input<typeof createQuantitySchema> }) {
  const { partOfKey, ...input } = parseInput(createQuantitySchema, options.input);
  return options.db.$transaction(async (tx) => {
    if (await tx.quantity.findUnique({ where: { key: input.key }, select: { id: true } })) {
      throw new FieldError(refusal("quantities.keyTaken", { key: input.key }), "key");
    }
    const partOf = partOfKey ? await tx.quantity.findUnique({ where: { key: partOfKey }, select: { id: true } }) : null;
    if (partOfKey && !partOf) throw new FieldError(refusal("quantities.noTotal", { key: partOfKey }), "partOfKey");
    const quantity = await tx.quantity.create({ data: { ...input, partOfId: partOf?.id ?? null }, select: { id: true, key: true, labelEn: true, unit: true } });
    await recordAudit(tx, { actorId: options.actorId, entityType: "Quantity", entityId: quantity.id, action: "create", after: quantity });
    return quantity;
  });
}
