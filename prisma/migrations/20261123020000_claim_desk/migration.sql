-- The claim desk: anchors that survive corrected entries, and quantities that are parts of a total.

-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('EXACT', 'POSITION', 'FUZZY', 'ORPHANED');

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN "editedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FigureMention" ADD COLUMN "asOf" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Quantity" ADD COLUMN "partOfId" TEXT,
ADD CONSTRAINT "Quantity_partOfId_check" CHECK ("partOfId" IS NULL OR "partOfId" <> "id");

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "anchorState" "AnchorState" NOT NULL DEFAULT 'EXACT';

-- AlterTable
ALTER TABLE "EvidenceLink" ADD COLUMN "passageState" "AnchorState" NOT NULL DEFAULT 'EXACT';

-- CreateIndex
CREATE INDEX "Quantity_partOfId_idx" ON "Quantity"("partOfId");

-- CreateIndex
CREATE INDEX "FigureMention_createdAt_idx" ON "FigureMention"("createdAt");

-- AddForeignKey
ALTER TABLE "Quantity" ADD CONSTRAINT "Quantity_partOfId_fkey" FOREIGN KEY ("partOfId") REFERENCES "Quantity"("id") ON DELETE SET NULL ON UPDATE CASCADE;
