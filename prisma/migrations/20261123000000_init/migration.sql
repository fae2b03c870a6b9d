-- Factlog: the whole data model.
-- Written by hand in Prisma's conventions (names, types, ON UPDATE CASCADE) so that
-- `prisma migrate status` on a networked machine agrees; see docs/decisions/0001.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REVIEWER', 'EDITOR');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('LIVE_BLOG', 'ARTICLE', 'SOCIAL_POST', 'OFFICIAL_STATEMENT', 'TRANSCRIPT', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "Hedge" AS ENUM ('EXACT', 'APPROX', 'AT_LEAST', 'AT_MOST', 'RANGE', 'VAGUE');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UPDATED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'CONTRADICTS', 'CONTEXT');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email")),
    CONSTRAINT "User_name_check" CHECK (length(btrim("name")) > 0)
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outlet" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "country" TEXT,
    "language" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outletId" TEXT,
    "kind" "SourceKind" NOT NULL DEFAULT 'OTHER',
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "dropped" JSONB NOT NULL DEFAULT '[]',
    "importedById" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "postedAt" VARCHAR(5),
    "headline" TEXT,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("headline", '') || ' ' || "text")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Entry_ordinal_check" CHECK ("ordinal" >= 1),
    CONSTRAINT "Entry_postedAt_check" CHECK ("postedAt" IS NULL OR "postedAt" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL DEFAULT 'PERSON',
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quantity" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelKy" TEXT NOT NULL,
    "unit" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quantity_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Quantity_key_check" CHECK ("key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- CreateTable
CREATE TABLE "FigureMention" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "field" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "hedge" "Hedge" NOT NULL,
    "unit" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quantityId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureMention_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "FigureMention_field_check" CHECK ("field" IN ('text', 'headline')),
    CONSTRAINT "FigureMention_span_check" CHECK ("start" >= 0 AND "end" > "start"),
    CONSTRAINT "FigureMention_bounds_check" CHECK ("low" IS NULL OR "high" IS NULL OR "low" <= "high")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelKy" TEXT NOT NULL,
    "reviewValue" INTEGER,
    "order" INTEGER NOT NULL,
    "colour" VARCHAR(7) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Rating_reviewValue_check" CHECK ("reviewValue" IS NULL OR "reviewValue" BETWEEN 1 AND 5),
    CONSTRAINT "Rating_colour_check" CHECK ("colour" ~ '^#[0-9a-fA-F]{6}$')
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "statement" VARCHAR(75) NOT NULL,
    "quoteOriginal" TEXT NOT NULL,
    "quoteLanguage" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "entryId" TEXT,
    "anchorExact" TEXT,
    "anchorPrefix" TEXT,
    "anchorSuffix" TEXT,
    "anchorStart" INTEGER,
    "anchorEnd" INTEGER,
    "speakerId" TEXT,
    "speakerRole" TEXT,
    "attribution" TEXT,
    "attributionChain" JSONB NOT NULL DEFAULT '[]',
    "saidAt" TIMESTAMP(3),
    "saidWhere" TEXT,
    "figureValue" DOUBLE PRECISION,
    "figureLow" DOUBLE PRECISION,
    "figureHigh" DOUBLE PRECISION,
    "figureHedge" "Hedge",
    "figureUnit" TEXT,
    "quantityId" TEXT,
    "figureAsOf" TIMESTAMP(3),
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "ratingId" TEXT,
    "verdictSummary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig,
        "statement" || ' ' || "quoteOriginal" || ' ' ||
        coalesce("translations" ->> 'en', '') || ' ' ||
        coalesce("translations" ->> 'ru', '') || ' ' ||
        coalesce("translations" ->> 'ky', ''))) STORED,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Claim_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "Claim_statement_check" CHECK (length(btrim("statement")) > 0),
    CONSTRAINT "Claim_version_check" CHECK ("version" >= 1),
    CONSTRAINT "Claim_anchor_check" CHECK ("anchorStart" IS NULL OR "anchorEnd" IS NULL OR ("anchorStart" >= 0 AND "anchorEnd" >= "anchorStart")),
    CONSTRAINT "Claim_figure_bounds_check" CHECK ("figureLow" IS NULL OR "figureHigh" IS NULL OR "figureLow" <= "figureHigh"),
    CONSTRAINT "Claim_published_check" CHECK ("status" NOT IN ('PUBLISHED', 'UPDATED') OR ("ratingId" IS NOT NULL AND "verdictSummary" IS NOT NULL AND "publishedAt" IS NOT NULL AND "reviewedById" IS NOT NULL))
);

-- CreateTable
CREATE TABLE "ClaimTag" (
    "claimId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "ClaimTag_pkey" PRIMARY KEY ("claimId","tagId")
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "passageExact" TEXT NOT NULL,
    "passagePrefix" TEXT,
    "passageSuffix" TEXT,
    "passageStart" INTEGER,
    "passageEnd" INTEGER,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceLink_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "EvidenceLink_passage_check" CHECK ("passageStart" IS NULL OR "passageEnd" IS NULL OR ("passageStart" >= 0 AND "passageEnd" >= "passageStart"))
);

-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_outletId_idx" ON "Source"("outletId");

-- CreateIndex
CREATE INDEX "Source_publishedAt_idx" ON "Source"("publishedAt");

-- CreateIndex
CREATE INDEX "Source_importedAt_idx" ON "Source"("importedAt");

-- CreateIndex
CREATE INDEX "Entry_contentHash_idx" ON "Entry"("contentHash");

-- CreateIndex
CREATE INDEX "Entry_searchVector_idx" ON "Entry" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Entry_text_idx" ON "Entry" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Entry_sourceId_ordinal_key" ON "Entry"("sourceId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "Actor_aliases_idx" ON "Actor" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "Actor_name_idx" ON "Actor" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Quantity_key_key" ON "Quantity"("key");

-- CreateIndex
CREATE INDEX "FigureMention_entryId_idx" ON "FigureMention"("entryId");

-- CreateIndex
CREATE INDEX "FigureMention_quantityId_value_idx" ON "FigureMention"("quantityId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_key_key" ON "Rating"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_order_key" ON "Rating"("order");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_slug_key" ON "Claim"("slug");

-- CreateIndex
CREATE INDEX "Claim_status_publishedAt_idx" ON "Claim"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Claim_speakerId_idx" ON "Claim"("speakerId");

-- CreateIndex
CREATE INDEX "Claim_quantityId_idx" ON "Claim"("quantityId");

-- CreateIndex
CREATE INDEX "Claim_entryId_idx" ON "Claim"("entryId");

-- CreateIndex
CREATE INDEX "Claim_createdById_idx" ON "Claim"("createdById");

-- CreateIndex
CREATE INDEX "Claim_ratingId_idx" ON "Claim"("ratingId");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ClaimTag_tagId_idx" ON "ClaimTag"("tagId");

-- CreateIndex
CREATE INDEX "EvidenceLink_entryId_idx" ON "EvidenceLink"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceLink_claimId_entryId_key" ON "EvidenceLink"("claimId", "entryId");

-- CreateIndex
CREATE INDEX "SuggestionDismissal_entryId_idx" ON "SuggestionDismissal"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_claimId_entryId_key" ON "SuggestionDismissal"("claimId", "entryId");

-- CreateIndex
CREATE INDEX "Correction_claimId_createdAt_idx" ON "Correction"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureMention" ADD CONSTRAINT "FigureMention_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureMention" ADD CONSTRAINT "FigureMention_quantityId_fkey" FOREIGN KEY ("quantityId") REFERENCES "Quantity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_quantityId_fkey" FOREIGN KEY ("quantityId") REFERENCES "Quantity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
