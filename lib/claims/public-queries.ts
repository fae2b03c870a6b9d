import "server-only";
import { cache } from "react";
import { getReaderDb, type Db } from "../db/client";
import { publicClaimWhere } from "./status";
import { sqlSourceIsPublic } from "./status-sql";
import { Prisma } from "../db/generated/client";

// What readers may see: published (or corrected) claims, and only what their pages show.
export const PUBLIC_RATING = { select: { key: true, labelEn: true, labelRu: true, labelKy: true, colour: true, reviewValue: true } } as const;
const PUBLIC_SOURCE = { select: { id: true, title: true, url: true, publishedAt: true, language: true, outlet: { select: { name: true } } } } as const;

// A published claim as lists show it (search, the speaker filter, GET /api/v1/claims); the
// verdict page reads this and more.
export const PUBLIC_CLAIM_ITEM = {
  id: true,
  slug: true,
  status: true,
  statement: true,
  quoteOriginal: true,
  quoteLanguage: true,
  translations: true,
  speakerRole: true,
  saidAt: true,
  saidWhere: true,
  figureValue: true,
  figureLow: true,
  figureHigh: true,
  figureHedge: true,
  figureHedgeWord: true,
  figureUnit: true,
  figureAsOf: true,
  verdictSummary: true,
  publishedAt: true,
  updatedAt: true,
  speaker: { select: { name: true, slug: true } },
  rating: PUBLIC_RATING,
  quantity: { select: { key: true, labelEn: true, labelRu: true, labelKy: true } },
  tags: { select: { tag: { select: { slug: true, label: true } } } },
} as const;

export async function findLatestVerdicts(options: { db?: Db; limit?: number } = {}) {
  const db = options.db ?? getReaderDb();
  return db.claim.findMany({
    where: publicClaimWhere,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 20,
    select: {
      id: true,
      slug: true,
      statement: true,
      publishedAt: true,
      updatedAt: true,
      status: true,
      verdictSummary: true,
      speaker: { select: { name: true, slug: true } },
      rating: PUBLIC_RATING,
    },
  });
}

export type LatestVerdict = Awaited<ReturnType<typeof findLatestVerdicts>>[number];

export function findPublishedClaim(options: { db?: Db; slug: string }) {
  // generateMetadata and the page ask for the same claim: one query per request (React cache).
  return options.db ? queryPublishedClaim(options.db, options.slug) : findPublishedClaimCached(options.slug);
}

const findPublishedClaimCached = cache((slug: string) => queryPublishedClaim(getReaderDb(), slug));

async function queryPublishedClaim(db: Db, slug: string) {
  return db.claim.findFirst({
    where: { slug, ...publicClaimWhere },
    select: {
      ...PUBLIC_CLAIM_ITEM,
      attribution: true,
      attributionChain: true,
      speaker: { select: { id: true, name: true, slug: true, title: true, aliases: true, kind: true } },
      quantity: { select: { key: true, labelEn: true, labelRu: true, labelKy: true, unit: true } },
      entry: { select: { id: true, ordinal: true, postedAt: true, source: PUBLIC_SOURCE } },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stance: true,
          passageExact: true,
          note: true,
          entry: { select: { id: true, ordinal: true, postedAt: true, language: true, source: PUBLIC_SOURCE } },
        },
      },
      corrections: { orderBy: { createdAt: "desc" }, select: { id: true, note: true, createdAt: true } },
    },
  });
}

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof findPublishedClaim>>>;

/** A page of published verdicts' addresses and dates, for the sitemaps. */
export async function findPublishedSlugs(options: { db?: Db; skip: number; take: number }) {
  const db = options.db ?? getReaderDb();
  // By id, so a page of the sitemap keeps its verdicts while new ones are published.
  return db.claim.findMany({
    where: publicClaimWhere,
    orderBy: { id: "asc" },
    skip: options.skip,
    take: options.take,
    select: { id: true, slug: true, updatedAt: true, statement: true, verdictSummary: true },
  });
}

export async function countPublishedClaims(options: { db?: Db } = {}) {
  const db = options.db ?? getReaderDb();
  return db.claim.count({ where: publicClaimWhere });
}

/** Published verdicts with what a feed or the ClaimReview data feed carries. */
export async function findVerdictsForFeed(options: { db?: Db; limit?: number } = {}) {
  const db = options.db ?? getReaderDb();
  return db.claim.findMany({
    where: publicClaimWhere,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 50,
    select: {
      id: true,
      slug: true,
      statement: true,
      quoteOriginal: true,
      quoteLanguage: true,
      saidAt: true,
      verdictSummary: true,
      publishedAt: true,
      updatedAt: true,
      speaker: { select: { name: true, slug: true, title: true, kind: true } },
      rating: PUBLIC_RATING,
      entry: { select: { source: { select: { url: true, title: true, publishedAt: true } } } },
    },
  });
}

export async function findRatingScale(options: { db?: Db } = {}) {
  const db = options.db ?? getReaderDb();
  return db.rating.findMany({ orderBy: { order: "asc" }, select: { key: true, labelEn: true, labelRu: true, labelKy: true, colour: true, reviewValue: true } });
}

/**
 * The sources that repeated a published claim since it was published (repeat watch), one line
 * each: the source's title and outlet, and whether readers may open it.
 */
export async function findPublicRepeats(options: { db?: Db; claimId: string; since: Date | null }) {
  const db = options.db ?? getReaderDb();
  return db.$queryRaw<{ sourceId: string; title: string; outlet: string | null; ordinal: number; public: boolean }[]>`
    SELECT DISTINCT ON (s."id") s."id" AS "sourceId", s."title", o."name" AS "outlet", e."ordinal", ${sqlSourceIsPublic('s."id"')} AS "public"
      FROM "ClaimRepeat" r JOIN "Entry" e ON e."id" = r."entryId" JOIN "Source" s ON s."id" = e."sourceId" LEFT JOIN "Outlet" o ON o."id" = s."outletId"
     WHERE r."claimId" = ${options.claimId} ${options.since ? Prisma.sql`AND r."createdAt" > ${options.since}` : Prisma.empty}
     ORDER BY s."id", e."ordinal"`;
}
