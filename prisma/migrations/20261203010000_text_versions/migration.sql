-- Reader-facing texts in each language (issue 19): a version per language of a claim's statement
-- and verdict summary, evidence and correction notes, and speakers' names and roles, each checked
-- by a reviewer before it is public.
CREATE TYPE "TranslationStatus" AS ENUM ('PENDING', 'APPROVED');

CREATE TABLE "TextVersion" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "originalHash" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'PENDING',
    "translatedById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TextVersion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "TextVersion_entityType_entityId_field_language_key" ON "TextVersion"("entityType", "entityId", "field", "language");
CREATE INDEX "TextVersion_language_status_idx" ON "TextVersion"("language", "status");
