import "server-only";
import { getDb, type Db } from "../db/client";

export async function findSources(options: { db?: Db; limit?: number } = {}) {
  const db = options.db ?? getDb();
  return db.source.findMany({
    orderBy: { importedAt: "desc" },
    take: options.limit ?? 200,
    select: {
      id: true,
      title: true,
      kind: true,
      language: true,
      publishedAt: true,
      importedAt: true,
      outlet: { select: { name: true } },
      _count: { select: { entries: true } },
    },
  });
}

export async function findSourceWithEntries(options: { db?: Db; id: string }) {
  const db = options.db ?? getDb();
  return db.source.findUnique({
    where: { id: options.id },
    select: {
      id: true,
      title: true,
      kind: true,
      language: true,
      url: true,
      publishedAt: true,
      importedAt: true,
      dropped: true,
      outlet: { select: { name: true } },
      importedBy: { select: { name: true } },
      entries: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          ordinal: true,
          postedAt: true,
          publishedAt: true,
          url: true,
          sourceEditedAt: true,
          forwardedFrom: true,
          headline: true,
          text: true,
          language: true,
          figures: { orderBy: { start: "asc" }, select: { id: true, field: true, text: true, value: true, hedge: true, unit: true, start: true, end: true } },
        },
      },
    },
  });
}

/** An editor follows their own jobs; someone else's job id is simply not found. */
export async function findImportJobsByIds(options: { db?: Db; ids: string[]; actorId: string }) {
  const db = options.db ?? getDb();
  return db.importJob.findMany({
    where: { id: { in: options.ids }, createdById: options.actorId },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, status: true, progress: true, stage: true, error: true, sourceId: true },
  });
}
