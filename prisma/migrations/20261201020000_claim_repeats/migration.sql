-- Repeat watch: an imported entry that says again what a logged claim says (the same speaker with
-- the same figure, or wording close to the quote or a translation), found at import. "kind" is
-- same-figure, different-figure (the claim then needs another look) or close-wording.
CREATE TABLE "ClaimRepeat" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "figureValue" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRepeat_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ClaimRepeat_claimId_entryId_key" ON "ClaimRepeat"("claimId", "entryId");
CREATE INDEX "ClaimRepeat_entryId_idx" ON "ClaimRepeat"("entryId");

ALTER TABLE "ClaimRepeat" ADD CONSTRAINT "ClaimRepeat_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimRepeat" ADD CONSTRAINT "ClaimRepeat_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
