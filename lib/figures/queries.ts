import "server-only";
import { getDb, getReaderDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ClaimStatus, Hedge } from "../db/generated/enums";
import { checkParts, findConflicts, type PartsCheck, type TimelinePoint } from "./compare";
import { sqlIsPublic, sqlSourceIsPublic } from "../claims/status-sql";
import { wordsAround } from "../text/words-around";
import { SQL_CLAIM_FIGURE_TIME, sqlEntryTimeKnown, sqlFigureTime } from "./entry-time-sql";
import { PUBLIC_STATUSES } from "../claims/status";

export type FigurePoint = TimelinePoint & {
  kind: "entry" | "claim";
  text: string;
  /** The words around a source's figure, as its source worded them; a claim's quote is its own. */
  context: string | null;
  /** Whether `at` is known to the minute; else only its day is (a figure dated by its sentence or its source's day). */
  timeKnown: boolean;
  unit: string | null;
  who: string | null;
  sourceTitle: string | null;
  sourceId: string | null;
  entryId: string | null;
  outlet: string | null;
  claimSlug: string | null;
  claimStatus: ClaimStatus | null;
  language: string | null;
  createdAt: Date;
  // Readers may open the source (a published claim quotes or cites it); only asked for with publicOnly.
  sourcePublic?: boolean;
};

export type QuantityTimeline = {
  quantity: { id: string; key: string; labelEn: string; labelRu: string; labelKy: string; unit: string | null; partOf: { key: string; labelEn: string; labelRu: string; labelKy: string } | null };
  points: FigurePoint[];
  conflicts: { day: string; ids: [string, string] }[];
  parts: PartsCheck[];
  partQuantities: { key: string; labelEn: string; labelRu: string; labelKy: string }[];
};

type Row = Omit<FigurePoint, "hedge" | "context"> & { hedge: Hedge; snippet: string | null; snippetOffset: number | null };

// A timeline's order: by the time each figure refers to, then by when it was recorded.
const TIMELINE_ORDER = Prisma.sql`ORDER BY "at" ASC NULLS LAST, "createdAt" ASC`;

// Characters either side of a figure read from its entry, trimmed to its sentence in JS.
const AROUND = 160;

/** Which figures to read: every one of some quantities, or some by id (a source's figure's or a claim's). */
type FigureSelection = { quantityIds: string[] } | { ids: string[] };

/** Every figure reported for a set of quantities, or the figures named: from entries (dated by their source) and from claims. */
export async function findQuantityFigures(db: Db, selection: FigureSelection, options: { publicOnly?: boolean; sourceVisibility?: boolean } = {}): Promise<(FigurePoint & { quantityId: string })[]> {
  const byQuantity = "quantityIds" in selection;
  const wanted = byQuantity ? selection.quantityIds : selection.ids;
  if (wanted.length === 0) return [];
  const [figureWhere, claimWhere] = byQuantity
    ? [Prisma.sql`f."quantityId" = ANY(${wanted}::text[])`, Prisma.sql`c."quantityId" = ANY(${wanted}::text[])`]
    : [Prisma.sql`f."id" = ANY(${wanted}::text[])`, Prisma.sql`c."id" = ANY(${wanted}::text[])`];
  const claimStatuses: string[] = options.publicOnly ? [...PUBLIC_STATUSES] : ["DRAFT", "IN_REVIEW", ...PUBLIC_STATUSES];
  const sourcePublic = (options.sourceVisibility ?? options.publicOnly)
    ? Prisma.sql`(s."id" IS NOT NULL AND ${sqlSourceIsPublic('s."id"')})`
    : Prisma.sql`NULL::boolean`;
  const rows = await db.$queryRaw<(Row & { quantityId: string })[]>`
    SELECT f."id", f."quantityId", 'entry' AS "kind", f."text", f."value", f."low", f."high", f."hedge"::text AS "hedge", f."hedgeWord", f."unit",
           ${sqlFigureTime()} AS "at",
           (f."asOf" IS NULL AND ${sqlEntryTimeKnown()}) AS "timeKnown",
           substring(CASE WHEN f."field" = 'headline' THEN e."headline" ELSE e."text" END FROM greatest(1, f."start" + 1 - ${AROUND}) FOR (f."end" - f."start" + 2 * ${AROUND})) AS "snippet",
           f."start" - greatest(0, f."start" - ${AROUND}) AS "snippetOffset",
           o."name" AS "who", s."title" AS "sourceTitle", s."id" AS "sourceId", e."id" AS "entryId", o."name" AS "outlet",
           NULL AS "claimSlug", NULL::"ClaimStatus" AS "claimStatus", e."language", f."createdAt", ${sourcePublic} AS "sourcePublic"
      FROM "FigureMention" f
      JOIN "Entry" e ON e."id" = f."entryId"
      JOIN "Source" s ON s."id" = e."sourceId"
      LEFT JOIN "Outlet" o ON o."id" = s."outletId"
     WHERE ${figureWhere}
    UNION ALL
    SELECT c."id", c."quantityId", 'claim', c."quoteOriginal", c."figureValue", c."figureLow", c."figureHigh", c."figureHedge"::text, c."figureHedgeWord", c."figureUnit",
           ${SQL_CLAIM_FIGURE_TIME}, ${SQL_CLAIM_FIGURE_TIME}::time <> '00:00', NULL, NULL, a."name", s."title", s."id", c."entryId", o."name",
           c."slug", c."status", c."quoteLanguage", c."createdAt", ${sourcePublic}
      FROM "Claim" c
      LEFT JOIN "Actor" a ON a."id" = c."speakerId"
      LEFT JOIN "Entry" e ON e."id" = c."entryId"
      LEFT JOIN "Source" s ON s."id" = e."sourceId"
      LEFT JOIN "Outlet" o ON o."id" = s."outletId"
     WHERE ${claimWhere} AND c."figureHedge" IS NOT NULL
       AND c."status"::text = ANY(${claimStatuses}::text[])
     ${TIMELINE_ORDER}`;
  return rows.map(({ snippet, snippetOffset, ...row }) => ({
    ...row,
    context: snippet === null || snippetOffset === null ? null : wordsAround(snippet, snippetOffset, row.text.length),
  }));
}

/** A quantity's timeline: its figures in date order, the conflicts among them, and its parts checked against it. */
export async function findQuantityTimeline(options: { db?: Db; key: string; publicOnly?: boolean; sourceVisibility?: boolean }): Promise<QuantityTimeline | null> {
  const db = options.db ?? (options.publicOnly ? getReaderDb() : getDb());
  const quantity = await db.quantity.findUnique({
    where: { key: options.key },
    select: {
      id: true, key: true, labelEn: true, labelRu: true, labelKy: true, unit: true,
      partOf: { select: { key: true, labelEn: true, labelRu: true, labelKy: true } },
      parts: { select: { id: true, key: true, labelEn: true, labelRu: true, labelKy: true }, orderBy: { key: "asc" } },
    },
  });
  if (!quantity) return null;
  const figures = await findQuantityFigures(db, { quantityIds: [quantity.id, ...quantity.parts.map((part) => part.id)] }, { publicOnly: options.publicOnly, sourceVisibility: options.sourceVisibility });
  const points = figures.filter((figure) => figure.quantityId === quantity.id);
  const parts = checkParts(
    points,
    quantity.parts.map((part) => ({ key: part.key, label: part.labelEn, points: figures.filter((figure) => figure.quantityId === part.id) })),
  );
  const { parts: partQuantities, ...rest } = quantity;
  return { quantity: rest, points, conflicts: findConflicts(points), parts, partQuantities };
}

/** A quantity's name, for its desk page's title. */
export async function findQuantityTitle(options: { db?: Db; key: string }) {
  return (options.db ?? getDb()).quantity.findUnique({ where: { key: options.key }, select: { labelEn: true } });
}

export async function findQuantities(options: { db?: Db } = {}) {
  const db = options.db ?? getDb();
  return db.quantity.findMany({
    orderBy: { labelEn: "asc" },
    select: { id: true, key: true, labelEn: true, labelRu: true, labelKy: true, unit: true, partOf: { select: { key: true } }, _count: { select: { figures: true, claims: true } } },
  });
}

/** The quantities readers can follow: those with a published claim or a figure in a source a published claim cites. */
export async function findPublicQuantities(options: { db?: Db } = {}) {
  const db = options.db ?? getReaderDb();
  return db.$queryRaw<{ key: string; labelEn: string; labelRu: string; labelKy: string; figures: number; claims: number; latest: Date | null }[]>`
    SELECT q."key", q."labelEn", q."labelRu", q."labelKy",
           (SELECT count(*)::int FROM "FigureMention" f WHERE f."quantityId" = q."id") AS "figures",
           (SELECT count(*)::int FROM "Claim" c WHERE c."quantityId" = q."id" AND ${sqlIsPublic("c")}) AS "claims",
           (SELECT max(c."publishedAt") FROM "Claim" c WHERE c."quantityId" = q."id" AND ${sqlIsPublic("c")}) AS "latest"
      FROM "Quantity" q
     WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."quantityId" = q."id" AND ${sqlIsPublic("c")})
     ORDER BY "latest" DESC NULLS LAST, q."labelEn"`;
}

export type OutlinePoint = TimelinePoint & { kind: "entry" | "claim" };
export type TimelineOutline = { points: OutlinePoint[]; conflicted: string[] };

/**
 * A quantity's public timeline in outline, for a verdict page: each figure's value and date, in
 * the timeline's order, and the figures that clash with another the same day; none of what a reader
 * reads of each (findQuantityFigures by id reads that for the few a page shows). After an editor's
 * change empties the caches, every verdict page's first reader waits for this, and reading thousands
 * of figures whole made the 100-connection load stall for 11 s after a correction (docs/benchmarks.md).
 */
export async function findTimelineOutline(options: { db?: Db; key: string }): Promise<TimelineOutline> {
  const db = options.db ?? getReaderDb();
  const quantity = Prisma.sql`(SELECT q."id" FROM "Quantity" q WHERE q."key" = ${options.key})`;
  // In findQuantityFigures's order; the time each was recorded only orders them, and is not read.
  const points = await db.$queryRaw<OutlinePoint[]>`
    SELECT "id", "kind", "value", "low", "high", "hedge", "hedgeWord", "at" FROM (
      SELECT f."id", 'entry' AS "kind", f."value", f."low", f."high", f."hedge"::text AS "hedge", f."hedgeWord",
             ${sqlFigureTime()} AS "at", f."createdAt"
        FROM "FigureMention" f
        JOIN "Entry" e ON e."id" = f."entryId"
        JOIN "Source" s ON s."id" = e."sourceId"
       WHERE f."quantityId" = ${quantity}
      UNION ALL
      SELECT c."id", 'claim', c."figureValue", c."figureLow", c."figureHigh", c."figureHedge"::text, c."figureHedgeWord",
             ${SQL_CLAIM_FIGURE_TIME}, c."createdAt"
        FROM "Claim" c
       WHERE c."quantityId" = ${quantity} AND c."figureHedge" IS NOT NULL AND ${sqlIsPublic("c")}) AS figures
     ${TIMELINE_ORDER}`;
  return { points, conflicted: findConflicts(points).flatMap((conflict) => conflict.ids) };
}
