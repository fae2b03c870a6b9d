import "server-only";
import { getDb, type Db } from "../db/client";
import type { ClaimStatus } from "../db/generated/enums";

const RATING = { select: { key: true, labelEn: true, labelRu: true, labelKy: true, colour: true } } as const;

export async function findDeskOverview(options: { db?: Db } = {}) {
  const db = options.db ?? getDb();
  const [byStatus, sources, claims] = await Promise.all([
    db.claim.groupBy({ by: ["status"], _count: { _all: true } }),
    db.source.findMany({
      orderBy: { importedAt: "desc" },
      take: 10,
      select: { id: true, title: true, kind: true, language: true, publishedAt: true, outlet: { select: { name: true } }, _count: { select: { entries: true } } },
    }),
    db.claim.findMany({
      orderBy: { updatedAt: "desc" },
      take: 15,
      select: { id: true, slug: true, statement: true, status: true, updatedAt: true, speaker: { select: { name: true } }, rating: RATING },
    }),
  ]);
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Partial<Record<ClaimStatus, number>>;
  return { counts, sources, claims };
}
