import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { seedDemo } from "../../prisma/demo/seed-demo";

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

/** For a suite that reads the demo newsroom: seeded before its tests, emptied and disconnected after them. */
export function withDemoData(db: Db): void {
  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
  });
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });
}
