import { parseInput } from "../errors";
import type { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { slugify } from "../text/slug";
import { createActorSchema } from "./schema";

export async function createActor(options: { db: Db; actorId: string | null; input: z.input<typeof createActorSchema> }) {
  const input = parseInput(createActorSchema, options.input);
  return options.db.$transaction(async (tx) => {
    const base = slugify(input.name);
    const taken = await tx.actor.count({ where: { slug: { startsWith: base } } });
    const actor = await tx.actor.create({
      data: { ...input, slug: taken ? `${base}-${taken + 1}` : base, aliases: [...new Set(input.aliases)] },
      select: { id: true, slug: true, name: true, aliases: true, title: true, kind: true },
    });
    await recordAudit(tx, { actorId: options.actorId, entityType: "Actor", entityId: actor.id, action: "create", after: actor });
    return actor;
  });
}
