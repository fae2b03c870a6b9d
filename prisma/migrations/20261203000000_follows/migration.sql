-- Followed feeds and Telegram channels (issue 18), and each entry's full date, own address,
-- edit time at its source and the origin of a forwarded post.
CREATE TYPE "FollowKind" AS ENUM ('FEED', 'TELEGRAM');
CREATE TYPE "FollowState" AS ENUM ('ACTIVE', 'PAUSED', 'STOPPED');

ALTER TABLE "Entry" ADD COLUMN "publishedAt" TIMESTAMPTZ(3), ADD COLUMN "url" TEXT, ADD COLUMN "sourceEditedAt" TIMESTAMPTZ(3), ADD COLUMN "forwardedFrom" TEXT;

CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" "FollowKind" NOT NULL,
    "sourceId" TEXT,
    "title" TEXT,
    "outlet" TEXT,
    "language" TEXT,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 300,
    "state" "FollowState" NOT NULL DEFAULT 'ACTIVE',
    "allowPrivate" BOOLEAN NOT NULL DEFAULT false,
    "etag" TEXT,
    "lastModified" TEXT,
    "nextPollAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPolledAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastOutcome" TEXT,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Follow_url_key" ON "Follow"("url");
CREATE UNIQUE INDEX "Follow_sourceId_key" ON "Follow"("sourceId");
CREATE INDEX "Follow_state_nextPollAt_idx" ON "Follow"("state", "nextPollAt");
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "FollowItem" (
    "followId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "entryId" TEXT,
    "contentHash" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowItem_pkey" PRIMARY KEY ("followId", "key")
);
ALTER TABLE "FollowItem" ADD CONSTRAINT "FollowItem_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE CASCADE ON UPDATE CASCADE;
