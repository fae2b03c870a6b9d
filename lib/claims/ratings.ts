import { refusal } from "../i18n/refusals";
import { FieldError, parseInput } from "../errors";
import type { z } from "zod";
import type { Db } from "../db/client";
import { ratingScaleSchema } from "./schema";
import type { Role } from "../db/generated/enums";
import { recordAudit } from "../audit/record-audit";
import { AuthError } from "../auth/errors";

/** The default verdict scale; the admin can edit it later. */
export const DEFAULT_RATINGS = [
  { key: "true", labelEn: "True", labelRu: "Правда", labelKy: "Чындык", reviewValue: 5, order: 1, colour: "#1a7f37" },
  { key: "mostly-true", labelEn: "Mostly true", labelRu: "В основном правда", labelKy: "Негизинен чындык", reviewValue: 4, order: 2, colour: "#4d8a1f" },
  { key: "misleading", labelEn: "Misleading", labelRu: "Вводит в заблуждение", labelKy: "Адаштырат", reviewValue: 3, order: 3, colour: "#9a6700" },
  { key: "mostly-false", labelEn: "Mostly false", labelRu: "В основном неправда", labelKy: "Негизинен жалган", reviewValue: 2, order: 4, colour: "#bc4c00" },
  { key: "false", labelEn: "False", labelRu: "Неправда", labelKy: "Жалган", reviewValue: 1, order: 5, colour: "#cf222e" },
  { key: "unproven", labelEn: "Unproven", labelRu: "Не доказано", labelKy: "Далилденген эмес", reviewValue: null, order: 6, colour: "#57606a" },
] as const;

export async function ensureDefaultRatings(options: { db: Db; actorId: string | null }): Promise<number> {
  return options.db.$transaction(async (tx) => {
    if ((await tx.rating.count()) > 0) return 0;
    for (const rating of DEFAULT_RATINGS) {
      const created = await tx.rating.create({ data: rating, select: { id: true, key: true } });
      await recordAudit(tx, { actorId: options.actorId, entityType: "Rating", entityId: created.id, action: "create", after: rating });
    }
    return DEFAULT_RATINGS.length;
  });
}

/**
 * The admin's rating scale, saved whole and in order. A verdict that claims already carry
 * cannot be removed: its claims would lose their verdict.
 */
export async function saveRatingScale(options: { db: Db; actor: { id: string; role: Role }; input: z.input<typeof ratingScaleSchema> }) {
  if (options.actor.role !== "ADMIN") throw new AuthError("forbidden", refusal("ratings.adminOnly"));
  const ratings = parseInput(ratingScaleSchema, options.input);
  return options.db.$transaction(async (tx) => {
    const before = await tx.rating.findMany({ orderBy: { order: "asc" }, select: { id: true, key: true, labelEn: true, labelRu: true, labelKy: true, reviewValue: true, colour: true, _count: { select: { claims: true } } } });
    const kept = new Set(ratings.map((rating) => rating.id).filter(Boolean));
    for (const removed of before.filter((rating) => !kept.has(rating.id))) {
      if (removed._count.claims > 0) throw new FieldError(refusal("ratings.inUse", { label: removed.labelEn, claims: removed._count.claims }), "ratings");
      await tx.rating.delete({ where: { id: removed.id } });
    }
    // Orders are unique: park the kept ones out of the way before renumbering.
    await tx.rating.updateMany({ data: { order: { increment: 1000 } } });
    for (const [index, rating] of ratings.entries()) {
      const data = { key: rating.key, labelEn: rating.labelEn, labelRu: rating.labelRu, labelKy: rating.labelKy, reviewValue: rating.reviewValue, colour: rating.colour, order: index + 1 };
      if (rating.id && before.some((existing) => existing.id === rating.id)) await tx.rating.update({ where: { id: rating.id }, data });
      else await tx.rating.create({ data });
    }
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "RatingScale",
      entityId: "ratings",
      action: "update",
      before: before.map((rating) => ({ key: rating.key, labelEn: rating.labelEn, labelRu: rating.labelRu, labelKy: rating.labelKy, reviewValue: rating.reviewValue, colour: rating.colour })),
      after: ratings,
    });
  });
}
