import { Prisma } from "../db/generated/client";
import { newsroomTimeZone } from "../site";

/**
 * When an entry was posted, for raw SQL over `e` (Entry) and `s` (Source): its own full date and
 * time when its source gave one (a feed's item, a Telegram message); else its clock time ("16:43",
 * as a live blog writes it, in the newsroom's time zone) on its source's day, as an instant; else
 * the source's own time. One rule for timelines and suggestions.
 */
export function sqlEntryTime(): Prisma.Sql {
  const zone = newsroomTimeZone();
  return Prisma.sql`CASE WHEN e."publishedAt" IS NOT NULL THEN e."publishedAt" AT TIME ZONE 'UTC'
    WHEN s."publishedAt" IS NULL THEN NULL WHEN e."postedAt" IS NULL THEN s."publishedAt"
    ELSE ((date_trunc('day', s."publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${zone}) + e."postedAt"::time) AT TIME ZONE ${zone}) AT TIME ZONE 'UTC' END`;
}

/** Whether an entry's time is known to the minute (a clock time, or a source's time of day), not just its day. */
export function sqlEntryTimeKnown(): Prisma.Sql {
  return Prisma.sql`(e."publishedAt" IS NOT NULL OR e."postedAt" IS NOT NULL OR (s."publishedAt" IS NOT NULL AND s."publishedAt"::time <> '00:00'))`;
}

/** When a source's figure `f` (in entry `e` of source `s`) refers to: the day its sentence names, else its entry's time. */
export function sqlFigureTime(): Prisma.Sql {
  return Prisma.sql`coalesce(f."asOf", ${sqlEntryTime()})`;
}

/** When a claim `c`'s figure refers to: the day the claim names for it, else when it was said. */
export const SQL_CLAIM_FIGURE_TIME = Prisma.sql`coalesce(c."figureAsOf", c."saidAt")`;
