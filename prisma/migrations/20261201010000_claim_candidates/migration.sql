-- Statements worth checking, spotted in each imported entry (lib/text/claim-spotting.ts), in the
-- same transaction as the entries. A candidate leaves the desk's queue when a claim is made from
-- its words or an editor dismisses it, with a reason.
CREATE TABLE "ClaimCandidate" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" TEXT[],
    "speakerText" TEXT,
    "speakerId" TEXT,
    "dismissedAt" TIMESTAMP(3),
    "dismissedById" TEXT,
    "dismissReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimCandidate_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ClaimCandidate_entryId_idx" ON "ClaimCandidate"("entryId");
CREATE INDEX "ClaimCandidate_score_idx" ON "ClaimCandidate"("score");

ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
