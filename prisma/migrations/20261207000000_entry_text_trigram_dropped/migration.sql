-- The trigram index on every entry's text is used by no query (entry search goes through the
-- search vector; word_similarity ranks a few dozen rows already found), and it cost about 40% of
-- what PostgreSQL spends writing an entry: 12,217 channel posts took 2.0 s to index this way
-- alone, against 1.6 s for their search vectors and search index together (docs/benchmarks.md).
DROP INDEX "Entry_text_idx";
