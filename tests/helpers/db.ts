import { inject } from "vitest";
import { createDb, type Db } from "../../lib/db/client";

export function testDb(): Db {
  return createDb(inject("databaseUrl"), { maxConnections: 4 });
}

const TABLES = [
  "ImportJob", "ImportPiece", "AuditEvent", "Correction", "SuggestionDismissal", "EvidenceLink", "ClaimTag", "Claim", "Tag", "FigureMention",
  "Entry", "Source", "Outlet", "Actor", "Quantity", "Rating", "SignInAttempt", "WebhookDelivery", "Webhook", "ApiToken", "SiteIdentity", "FollowItem", "Follow", "TextVersion", "User",
];

/** Empties every table (not the migrations record) so each test starts from nothing. */
export async function resetData(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((table) => `"${table}"`).join(", ")} CASCADE`);
}
