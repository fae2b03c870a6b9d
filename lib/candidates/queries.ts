import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { CandidateFilter } from "./schema";

export type QueuedCandidate = {
  id: string;
  start: number;
  end: number;
  text: string;
  score: number;
  reasons: string[];
  speakerText: string | null;
  speakerName: string | null;
  /** The quantity of a figure the candidate holds, when the figure is on a timeline. */
  quantityLabel: string | null;
  entryId: string;
  entryText: string;
  language: string;
  postedAt: string | null;
  sourceId: string;
  sourceTitle: string;
};

/**
 * The desk's "To check" queue: candidates not dismissed and not yet made into a claim (no claim
 * quotes their words), highest score first, then the newest entries; filtered by source,
 * language, speaker and the quantity of a figure they hold.
 */
export async function findCandidateQueue(options: { db?: Db; filter: CandidateFilter; limit?: number }): Promise<QueuedCandidate[]> {
  const db = options.db ?? getDb();
  const { filter } = options;
  const conditions = [
    Prisma.sql`cc."dismissedAt" IS NULL`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."entryId" = cc."entryId" AND c."anchorStart" < cc."end" AND c."anchorEnd" > cc."start")`,
    ...(filter.source ? [Prisma.sql`s."id" = ${filter.source}`] : []),
    ...(filter.language ? [Prisma.sql`e."language" = ${filter.language}`] : []),
    ...(filter.speaker ? [Prisma.sql`cc."speakerId" = ${filter.speaker}`] : []),
    ...(filter.quantity
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "FigureMention" f WHERE f."entryId" = cc."entryId" AND f."field" = 'text' AND f."start" >= cc."start" AND f."end" <= cc."end" AND f."quantityId" = ${filter.quantity})`]
      : []),
  ];
  return db.$queryRaw<QueuedCandidate[]>`
    SELECT cc."id", cc."start", cc."end", cc."text", cc."score", cc."reasons", cc."speakerText", a."name" AS "speakerName",
           e."id" AS "entryId", e."text" AS "entryText", e."language", e."postedAt", s."id" AS "sourceId", s."title" AS "sourceTitle",
           (SELECT q."labelEn" FROM "FigureMention" f JOIN "Quantity" q ON q."id" = f."quantityId"
             WHERE f."entryId" = cc."entryId" AND f."field" = 'text' AND f."start" >= cc."start" AND f."end" <= cc."end" LIMIT 1) AS "quantityLabel"
      FROM "ClaimCandidate" cc
      JOIN "Entry" e ON e."id" = cc."entryId"
      JOIN "Source" s ON s."id" = e."sourceId"
      LEFT JOIN "Actor" a ON a."id" = cc."speakerId"
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY cc."score" DESC, e."createdAt" DESC, cc."start"
     LIMIT ${options.limit ?? 50}`;
}

/** What the queue's filters offer: sources, speakers and quantities that have candidates waiting. */
export async function findCandidateFilterOptions(options: { db?: Db } = {}) {
  const db = options.db ?? getDb();
  const [sources, speakers, quantities] = await Promise.all([
    db.source.findMany({ where: { entries: { some: { candidates: { some: { dismissedAt: null } } } } }, orderBy: { importedAt: "desc" }, take: 100, select: { id: true, title: true } }),
    db.actor.findMany({ where: { candidates: { some: { dismissedAt: null } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.quantity.findMany({ orderBy: { labelEn: "asc" }, select: { id: true, labelEn: true } }),
  ]);
  return { sources, speakers, quantities };
}

/** The candidates inside one entry, for marking them where the entry is shown. */
export async function findEntryCandidates(options: { db?: Db; entryIds: string[] }) {
  const db = options.db ?? getDb();
  if (options.entryIds.length === 0) return [];
  return db.claimCandidate.findMany({
    where: { entryId: { in: options.entryIds }, dismissedAt: null },
    orderBy: { start: "asc" },
    select: { id: true, entryId: true, start: true, end: true, score: true, reasons: true },
  });
}
