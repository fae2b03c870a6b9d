import { refusal } from "../i18n/refusals";
import { FieldError, parseInput } from "../errors";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { anchorQuote } from "../text/anchor";
import { slugify } from "../text/slug";
import { createClaimSchema, type CreateClaimInput } from "./schema";
import type { Actor } from "./transition";

async function uniqueSlug(tx: Tx, statement: string): Promise<string> {
  const base = slugify(statement);
  for (let attempt = 1; ; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await tx.claim.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export async function createClaim(options: { db: Db; actor: Actor; input: CreateClaimInput }) {
  const input = parseInput(createClaimSchema, options.input);
  return options.db.$transaction(async (tx) => {
    let anchor = null;
    if (input.entryId) {
      const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { text: true } });
      if (!entry) throw new FieldError(refusal("entries.gone"), "entryId");
      anchor = anchorQuote(entry.text, input.anchor?.exact ?? input.quoteOriginal, input.anchor?.start);
      if (!anchor) throw new FieldError(refusal("claims.quoteNotInEntry"), "quoteOriginal");
    }
    const claim = await tx.claim.create({
      data: {
        slug: await uniqueSlug(tx, input.statement),
        statement: input.statement,
        quoteOriginal: input.quoteOriginal,
        quoteLanguage: input.quoteLanguage,
        translations: input.translations,
        entryId: input.entryId,
        anchorExact: anchor?.exact,
        anchorPrefix: anchor?.prefix,
        anchorSuffix: anchor?.suffix,
        anchorStart: anchor?.start,
        anchorEnd: anchor?.end,
        speakerId: input.speakerId,
        speakerRole: input.speakerRole,
        attribution: input.attribution,
        attributionChain: input.attributionChain,
        saidAt: input.saidAt,
        saidWhere: input.saidWhere,
        figureValue: input.figure?.value,
        figureLow: input.figure?.low,
        figureHigh: input.figure?.high,
        figureHedge: input.figure?.hedge,
        figureHedgeWord: input.figure?.hedgeWord,
        figureUnit: input.figure?.unit,
        quantityId: input.figure?.quantityId,
        figureAsOf: input.figure?.asOf,
        createdById: options.actor.id,
        tags: {
          create: await Promise.all(
            input.tags.map(async (label) => {
              const slug = slugify(label);
              const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, label }, select: { id: true } });
              return { tagId: tag.id };
            }),
          ),
        },
      },
      select: { id: true, slug: true, statement: true, status: true, version: true },
    });
    if (anchor && input.entryId && input.figure?.quantityId) {
      // The figure the editor selected now belongs to the claim's quantity, so it joins its timeline.
      await tx.figureMention.updateMany({
        where: { entryId: input.entryId, field: "text", quantityId: null, start: { gte: anchor.start }, end: { lte: anchor.end } },
        data: { quantityId: input.figure.quantityId },
      });
    }
    await recordAudit(tx, { actorId: options.actor.id, entityType: "Claim", entityId: claim.id, action: "create", after: { ...input, slug: claim.slug } });
    return claim;
  });
}
