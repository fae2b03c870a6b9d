-- An upload's files arrive in pieces (lib/sources/job-upload.ts): each piece is stored as it
-- comes, so the web process never holds a whole file (a 150 MB channel export read whole took
-- 1.1 GB of its memory), and the import jobs are made from the pieces at the end, in one short
-- transaction. Pieces are written once and read once, within seconds: stored as they are, not
-- compressed (their job's file is compressed when it is made).
CREATE TABLE "ImportPiece" (
    "uploadId" TEXT NOT NULL,
    "file" INTEGER NOT NULL,
    "at" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportPiece_pkey" PRIMARY KEY ("uploadId","file","at")
);

ALTER TABLE "ImportPiece" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
