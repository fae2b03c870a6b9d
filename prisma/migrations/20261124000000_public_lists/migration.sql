-- The public lists (home page, feeds, GET /api/v1/claims) read published claims newest first.
CREATE INDEX "Claim_publishedAt_id_idx" ON "Claim"("publishedAt" DESC, "id" DESC);
