import "server-only";
import { getDb, type Db } from "../db/client";
import { CLAIM_FIELD_SELECT, toClaimFields } from "./snapshot";
import { sqlIsPublic } from "./status-sql";
import { publicClaimWhere } from "./status";

const QUEUE_SELECT = {
  id: true, slug: true, statement: true, status: true, updatedAt: true, submittedAt: true, publishedAt: true,
  speaker: { select: { name: true } },
  createdBy: { select: { name: true } },
  rating: { select: { key: true, labelEn: true, labelRu: true, labelKy: true, colour: true } },
} as const;

/**
 * The desk's queues. "Needs another look": a published claim whose quantity received a new
 * figure (from an import or another claim) after the claim was published.
 */
export async function findClaimQueues(options: { db?: Db; userId: string }) {
  const db = options.db ?? getDb();
  const stale = await db.$queryRaw<{ id: string; newFigures: number }[]>`
    SELECT c."id", (
             (SELECT count(*) FROM "FigureMention" f WHERE f."quantityId" = c."quantityId" AND f."createdAt" > c."publishedAt")
           + (SELECT count(*) FROM "Claim" o WHERE o."quantityId" = c."quantityId" AND o."id" <> c."id" AND o."createdAt" > c."publishedAt" AND o."status" <> 'ARCHIVED')
           + (SELECT count(*) FROM "ClaimRepeat" r WHERE r."claimId" = c."id" AND r."kind" = 'different-figure' AND r."createdAt" > c."publishedAt")
           )::int AS "newFigures"
      FROM "Claim" c
     WHERE ${sqlIsPublic("c")}
       AND ((c."quantityId" IS NOT NULL
             AND (EXISTS (SELECT 1 FROM "FigureMention" f WHERE f."quantityId" = c."quantityId" AND f."createdAt" > c."publishedAt")
               OR EXISTS (SELECT 1 FROM "Claim" o WHERE o."quantityId" = c."quantityId" AND o."id" <> c."id" AND o."createdAt" > c."publishedAt" AND o."status" <> 'ARCHIVED')))
         -- A source since publication repeats the claim with another figure (repeat watch).
         OR EXISTS (SELECT 1 FROM "ClaimRepeat" r WHERE r."claimId" = c."id" AND r."kind" = 'different-figure' AND r."createdAt" > c."publishedAt"))
     ORDER BY c."publishedAt" ASC
     LIMIT 20`;
  const [myDrafts, awaitingReview, recentlyPublished, needsLook] = await Promise.all([
    db.claim.findMany({ where: { createdById: options.userId, status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 20, select: QUEUE_SELECT }),
    db.claim.findMany({ where: { status: "IN_REVIEW" }, orderBy: { submittedAt: "asc" }, take: 20, select: QUEUE_SELECT }),
    db.claim.findMany({ where: publicClaimWhere, orderBy: { publishedAt: "desc" }, take: 10, select: QUEUE_SELECT }),
    db.claim.findMany({ where: { id: { in: stale.map((row) => row.id) } }, select: QUEUE_SELECT }),
  ]);
  const newFigures = new Map(stale.map((row) => [row.id, row.newFigures]));
  return { myDrafts, awaitingReview, recentlyPublished, needsAnotherLook: needsLook.map((claim) => ({ ...claim, newFigures: newFigures.get(claim.id) ?? 0 })) };
}

/** Everything the claim's desk page shows. */
/** The entries that repeat a claim (repeat watch), newest first, with their sources. */
export async function findClaimRepeats(options: { db?: Db; claimId: string }) {
  return (options.db ?? getDb()).claimRepeat.findMany({
    where: { claimId: options.claimId },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, figureValue: true, createdAt: true, entry: { select: { id: true, text: true, language: true, source: { select: { id: true, title: true, outlet: { select: { name: true } } } } } } },
  });
}

/** The latest repeats across the desk: the "Repeats" queue. */
export async function findRecentRepeats(options: { db?: Db; limit?: number } = {}) {
  return (options.db ?? getDb()).claimRepeat.findMany({
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 30,
    select: {
      id: true, kind: true, figureValue: true, createdAt: true,
      claim: { select: { id: true, statement: true, status: true, rating: { select: { labelEn: true, labelRu: true, labelKy: true } } } },
      entry: { select: { id: true, source: { select: { title: true } } } },
    },
  });
}

/** For entries shown in the desk: the claims each one repeats ("Already checked"), with status and verdict. */
export async function findEntriesAlreadyChecked(options: { db?: Db; entryIds: string[] }) {
  if (options.entryIds.length === 0) return [];
  return (options.db ?? getDb()).claimRepeat.findMany({
    where: { entryId: { in: options.entryIds } },
    select: { entryId: true, kind: true, claim: { select: { id: true, statement: true, status: true, rating: { select: { labelEn: true, labelRu: true, labelKy: true } } } } },
  });
}

/** A claim's statement, for its desk page's title. */
export async function findClaimTitle(options: { db?: Db; id: string }) {
  return (options.db ?? getDb()).claim.findUnique({ where: { id: options.id }, select: { statement: true } });
}

export async function findClaimForDesk(options: { db?: Db; id: string }) {
  const db = options.db ?? getDb();
  const claim = await db.claim.findUnique({
    where: { id: options.id },
    select: {
      ...CLAIM_FIELD_SELECT,
      id: true, slug: true, status: true, version: true, verdictSummary: true, publishedAt: true, submittedAt: true, createdAt: true, updatedAt: true,
      anchorExact: true, anchorStart: true, anchorEnd: true, anchorState: true,
      createdById: true,
      createdBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      speaker: { select: { id: true, name: true, aliases: true, title: true } },
      quantity: { select: { id: true, key: true, labelEn: true, unit: true } },
      rating: { select: { key: true, labelEn: true, labelRu: true, labelKy: true, colour: true } },
      entry: { select: { id: true, text: true, language: true, postedAt: true, source: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } } } },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, stance: true, passageExact: true, passageStart: true, passageState: true, note: true, createdAt: true,
          createdBy: { select: { name: true } },
          entry: { select: { id: true, text: true, language: true, postedAt: true, source: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } } } },
        },
      },
      corrections: { orderBy: { createdAt: "desc" }, select: { id: true, note: true, createdAt: true, createdBy: { select: { name: true } } } },
    },
  });
  if (!claim) return null;
  return { ...claim, fields: toClaimFields(claim) };
}

export type HistoryEvent = {
  id: string;
  at: Date;
  who: string;
  action: string;
  entityType: string;
  changes: { field: string; before: unknown; after: unknown }[];
};

/** Who changed what and when, on the claim and its evidence, newest first, as field differences. */
export async function findClaimHistory(options: { db?: Db; claimId: string }): Promise<HistoryEvent[]> {
  const db = options.db ?? getDb();
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Claim", entityId: options.claimId },
        { entityType: "EvidenceLink", after: { path: ["claimId"], equals: options.claimId } },
        { entityType: "EvidenceLink", before: { path: ["claimId"], equals: options.claimId } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, createdAt: true, action: true, entityType: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((event) => {
    const before = (event.before ?? {}) as Record<string, unknown>;
    const after = (event.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => field !== "id" && !field.endsWith("Id"));
    return {
      id: event.id,
      at: event.createdAt,
      who: event.actor?.name ?? "System",
      action: event.action,
      entityType: event.entityType,
      changes: fields
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
    };
  });
}

export async function findRatings(options: { db?: Db } = {}) {
  const db = options.db ?? getDb();
  return db.rating.findMany({ orderBy: { order: "asc" }, select: { id: true, key: true, labelEn: true, labelRu: true, labelKy: true, reviewValue: true, order: true, colour: true } });
}

export async function findQuantityOptions(options: { db?: Db } = {}) {
  const db = options.db ?? getDb();
  return db.quantity.findMany({ orderBy: { labelEn: "asc" }, select: { id: true, key: true, labelEn: true, unit: true } });
}

