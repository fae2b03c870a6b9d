import { UserFacingError } from "../errors";
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { contentHash } from "../text/hash";
import { createSourceSchema, type CreateSourceInput } from "./schema";

export class SourceInputError extends UserFacingError {
  constructor(message: string) {
    super(message);
  }
}

/**
 * Stores a source with its entries and figure mentions in one transaction: it lands whole or
 * not at all. The same raw text imported again returns the existing source unchanged.
 */
export async function createSource(options: { db: Db; actorId: string | null; input: CreateSourceInput }) {
  const parsed = createSourceSchema.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceInputError(`${issue.path.join(".") || "source"}: ${issue.message}`);
  }
  const input = parsed.data;
  const hash = createHash("sha256").update(input.rawText).digest("hex");

  return options.db.$transaction(async (tx) => {
    const existing = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };

    const outlet = input.outlet
      ? await tx.outlet.upsert({ where: { name: input.outlet.name }, update: {}, create: input.outlet, select: { id: true } })
      : null;
    const quantityKeys = [...new Set(input.entries.flatMap((entry) => entry.figures.map((figure) => figure.quantityKey).filter(Boolean)))];
    const quantities = await tx.quantity.findMany({ where: { key: { in: quantityKeys as string[] } }, select: { id: true, key: true } });
    const quantityId = new Map(quantities.map((quantity) => [quantity.key, quantity.id]));

    const source = await tx.source.create({
      data: {
        title: input.title,
        outletId: outlet?.id ?? null,
        kind: input.kind,
        url: input.url,
        language: input.language,
        publishedAt: input.publishedAt,
        rawText: input.rawText,
        contentHash: hash,
        dropped: input.dropped,
        importedById: options.actorId,
      },
      select: { id: true, title: true, kind: true, language: true },
    });
    // Two statements for the whole source, however many entries: imports can be large.
    const entries = input.entries.map((entry, index) => ({ ...entry, id: randomUUID(), ordinal: index + 1 }));
    const figures = entries.flatMap((entry) =>
      entry.figures.map(({ quantityKey, ...figure }) => {
        const field = figure.field === "headline" ? (entry.headline ?? "") : entry.text;
        if (field.slice(figure.start, figure.end) !== figure.text) {
          throw new SourceInputError(`entries.${entry.ordinal - 1}: the figure "${figure.text}" is not at ${figure.start}-${figure.end} of its ${figure.field}.`);
        }
        return { ...figure, entryId: entry.id, quantityId: quantityKey ? (quantityId.get(quantityKey) ?? null) : null };
      }),
    );
    await tx.entry.createMany({
      data: entries.map((entry) => ({
        id: entry.id,
        sourceId: source.id,
        ordinal: entry.ordinal,
        postedAt: entry.postedAt,
        headline: entry.headline,
        text: entry.text,
        language: entry.language,
        contentHash: contentHash(`${entry.headline ?? ""}\n${entry.text}`),
      })),
    });
    if (figures.length) await tx.figureMention.createMany({ data: figures });
    await recordAudit(tx, {
      actorId: options.actorId,
      entityType: "Source",
      entityId: source.id,
      action: "import",
      after: { ...source, entries: input.entries.length },
    });
    return { id: source.id, created: true };
  });
}
