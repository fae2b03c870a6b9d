import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";

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
