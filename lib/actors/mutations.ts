import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { slugify } from "../text/slug";
import { firstIssue } from "../claims/validation";

export const createActorSchema = z.object({
  name: z.string().trim().min(1, { message: "Name the speaker." }).max(200),
  kind: z.enum(["PERSON", "ORGANISATION"]).default("PERSON"),
  aliases: z.array(z.string().trim().min(1)).default([]),
  title: z.string().trim().max(200).nullable().default(null),
});

export async function createActor(options: { db: Db; actorId: string | null; input: z.input<typeof createActorSchema> }) {
  const parsed = createActorSchema.safeParse(options.input);
  if (!parsed.success) throw firstIssue(parsed.error);
  const input = parsed.data;
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
