-- Search that knows word forms. Each search vector now holds every word twice: as PostgreSQL's
-- 'russian' configuration stems it (Cyrillic words by the Russian Snowball stemmer, Latin words by
-- the English one: "погибли" -> погибл, "casualties" -> casualti) and as written, lower-cased
-- ('simple'), which word-prefix queries use for Kyrgyz (stemmed on the query side by the
-- project's suffix list, lib/search/kyrgyz-stem.ts) and which exact phrases in quotes match.
DROP INDEX "Entry_searchVector_idx";
ALTER TABLE "Entry" DROP COLUMN "searchVector";
ALTER TABLE "Entry" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('russian'::regconfig, coalesce("headline", '') || ' ' || "text") ||
    to_tsvector('simple'::regconfig, coalesce("headline", '') || ' ' || "text")) STORED;
CREATE INDEX "Entry_searchVector_idx" ON "Entry" USING GIN ("searchVector");

DROP INDEX "Claim_searchVector_idx";
ALTER TABLE "Claim" DROP COLUMN "searchVector";
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('russian'::regconfig,
        "statement" || ' ' || "quoteOriginal" || ' ' ||
        coalesce("translations" ->> 'en', '') || ' ' ||
        coalesce("translations" ->> 'ru', '') || ' ' ||
        coalesce("translations" ->> 'ky', '')) ||
    to_tsvector('simple'::regconfig,
        "statement" || ' ' || "quoteOriginal" || ' ' ||
        coalesce("translations" ->> 'en', '') || ' ' ||
        coalesce("translations" ->> 'ru', '') || ' ' ||
        coalesce("translations" ->> 'ky', ''))) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
