import { Prisma } from "../db/generated/client";
import { PUBLIC_STATUSES } from "./status";

// Literals, not parameters: the same SQL text every time, as the statuses are constants.
const PUBLIC_LIST = Prisma.raw(PUBLIC_STATUSES.map((status) => `'${status}'`).join(", "));

/** `<alias>."status" IN ('PUBLISHED', 'UPDATED')`, for raw SQL: the rule of status.ts, not a copy of it. */
export function sqlIsPublic(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."status"`)} IN (${PUBLIC_LIST})`;
}

/**
 * A source readers may open: a published claim quotes one of its entries or cites it as
 * evidence (the desk imports far more than it publishes). `sourceId` is a column reference.
 */
export function sqlSourceIsPublic(sourceId: string): Prisma.Sql {
  const source = Prisma.raw(sourceId);
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Entry" pe JOIN "Claim" pc ON pc."entryId" = pe."id" WHERE pe."sourceId" = ${source} AND ${sqlIsPublic("pc")})
    OR EXISTS (SELECT 1 FROM "Entry" pe JOIN "EvidenceLink" pl ON pl."entryId" = pe."id" JOIN "Claim" pc ON pc."id" = pl."claimId" WHERE pe."sourceId" = ${source} AND ${sqlIsPublic("pc")}))`;
}
