import "server-only";
import { getDb, type Db } from "../db/client";
import type { ClaimStatus } from "../db/generated/enums";

// Only these statuses are ever shown to readers.
export const PUBLIC_STATUSES: ClaimStatus[] = ["PUBLISHED", "UPDATED"];

const RATING = { select: { key: true, labelEn: true, colour: true } } as const;

export async function findLatestVerdicts(options: { db?: Db; limit?: number } = {}) {
  const db = options.db ?? getDb();
  return db.claim.findMany({
    where: { status: { in: PUBLIC_STATUSES } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 20,
    select: {
      slug: true,
      statement: true,
      publishedAt: true,
      speaker: { select: { name: true } },
      rating: RATING,
    },
  });
}

export async function findPublishedClaim(options: { db?: Db; slug: string }) {
  const db = options.db ?? getDb();
  return db.claim.findFirst({
    where: { slug: options.slug, status: { in: PUBLIC_STATUSES } },
    select: {
      slug: true,
      statement: true,
      quoteOriginal: true,
      quoteLanguage: true,
      translations: true,
      speakerRole: true,
      attribution: true,
      saidAt: true,
      saidWhere: true,
      figureValue: true,
      figureHedge: true,
      figureUnit: true,
      verdictSummary: true,
      publishedAt: true,
      speaker: { select: { name: true, title: true } },
      rating: RATING,
      quantity: { select: { key: true, labelEn: true } },
      entry: { select: { id: true, source: { select: { title: true, url: true, outlet: { select: { name: true } } } } } },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stance: true,
          passageExact: true,
          note: true,
          entry: {
            select: {
              id: true,
              postedAt: true,
              source: { select: { title: true, url: true, publishedAt: true, outlet: { select: { name: true } } } },
            },
          },
        },
      },
      corrections: { orderBy: { createdAt: "desc" }, select: { id: true, note: true, createdAt: true } },
    },
  });
}

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
