// A generated newsroom for the benchmarks: 1,000,000 entries in 10,000 sources (ky/ru/en),
// 200,000 figures on 50 quantities (a quarter not yet on any timeline), 50,000 claims with
// 150,000 evidence links. Built with set-based SQL (this is load, not demo data); kept in a
// database of its own on the local PostgreSQL and reused while its counts are right.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { withDatabaseName } from "../../lib/db/url";
import { ensureDefaultRatings } from "../../lib/claims/ratings";
import { createUser } from "../../lib/users/mutations";

export const NEWSROOM = { entries: 1_000_000, figures: 200_000, claims: 100_000, evidence: 300_000, sources: 10_000, quantities: 50, actors: 500 };
const NAME = "factlog_bench_newsroom";

// Everyday news words in three languages; each entry also names a place and a topic of its own.
const WORDS = {
  en: "the ministry said police officials protesters city government reported according to statement killed injured detained people security forces airport square building residents internet prices fuel gas rally troops president address night morning evening crowd shots fire arrested released hospital".split(" "),
  ru: "министерство заявило полиция власти протестующие город правительство сообщили по данным заявление погибли пострадали задержаны человек силовики аэропорт площадь здание жители интернет цены топливо газ митинг войска президент обращение ночью утром вечером толпа выстрелы пожар арестованы освобождены больница".split(" "),
  ky: "министрлик билдирди милиция бийлик нааразылар шаар өкмөт маалымдады маалымат боюнча билдирүү каза болду жаракат алды кармалды адам күч түзүмдөрү аэропорт аянт имарат тургундар интернет баалар күйүүчү май газ митинг аскерлер президент кайрылуу түнү эртең менен кечинде эл атуулар өрт камакка бошотулду оорукана".split(" "),
};

async function counts(db: Db) {
  const [row] = await db.$queryRawUnsafe<{ entries: number; figures: number; claims: number; evidence: number }[]>(
    `SELECT (SELECT count(*) FROM "Entry")::int AS entries, (SELECT count(*) FROM "FigureMention")::int AS figures,
            (SELECT count(*) FROM "Claim")::int AS claims, (SELECT count(*) FROM "EvidenceLink")::int AS evidence`,
  );
  return row;
}

function sqlArray(words: string[]): string {
  return `ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(",")}]`;
}

async function generate(db: Db, log: (line: string) => void) {
  const editor = await createUser({ db, actorId: null, input: { email: "bench-editor@factlog.test", name: "Bench Editor", role: "editor", password: "bench editor password" } });
  const reviewer = await createUser({ db, actorId: null, input: { email: "bench-reviewer@factlog.test", name: "Bench Reviewer", role: "reviewer", password: "bench reviewer password" } });
  await ensureDefaultRatings({ db, actorId: null });
  const step = async (label: string, sql: string) => {
    const start = performance.now();
    await db.$executeRawUnsafe(sql);
    log(`  ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };
  await step("actors, outlets, quantities", `
    INSERT INTO "Actor" ("id", "slug", "kind", "name", "aliases", "updatedAt")
      SELECT 'actor-' || i, 'speaker-' || i, 'PERSON', 'Speaker ' || i, ARRAY['Спикер ' || i, 'Спикер' || i || 'ов'], now() FROM generate_series(1, ${NEWSROOM.actors}) i;
    INSERT INTO "Outlet" ("id", "name") SELECT 'outlet-' || i, 'Outlet ' || i FROM generate_series(1, 20) i;
    INSERT INTO "Quantity" ("id", "key", "labelEn", "labelRu", "labelKy", "unit")
      SELECT 'q-' || i, 'quantity-' || i, 'Quantity ' || i, 'Величина ' || i, 'Чоңдук ' || i, 'people' FROM generate_series(1, ${NEWSROOM.quantities}) i;`);
  await step("sources", `
    INSERT INTO "Source" ("id", "title", "outletId", "kind", "language", "publishedAt", "rawText", "contentHash", "importedById")
      SELECT 'src-' || i, 'Generated live blog ' || i, 'outlet-' || (i % 20 + 1), 'LIVE_BLOG', (ARRAY['ky','ru','en'])[i % 3 + 1],
             timestamp '2022-01-02' + ((i % 30) || ' days')::interval, 'generated', md5('source' || i), '${editor.id}'
        FROM generate_series(1, ${NEWSROOM.sources}) i;`);
  // Text: a figure first (for one entry in five), then ten everyday words, a place and a topic.
  const vocab = `CASE s.lang WHEN 'en' THEN ${sqlArray(WORDS.en)} WHEN 'ru' THEN ${sqlArray(WORDS.ru)} ELSE ${sqlArray(WORDS.ky)} END`;
  for (let batch = 0; batch < NEWSROOM.entries / 100_000; batch += 1) {
    await step(`entries ${batch * 100_000 + 1}-${(batch + 1) * 100_000}`, `
      INSERT INTO "Entry" ("id", "sourceId", "ordinal", "postedAt", "text", "language", "contentHash")
        SELECT 'e-' || i, 'src-' || ((i - 1) / 100 + 1), (i - 1) % 100 + 1, lpad(((i * 7) % 24)::text, 2, '0') || ':' || lpad(((i * 13) % 60)::text, 2, '0'),
               CASE WHEN i % 5 = 0 THEN ((i * 37) % 9000 + 100)::text || ' ' ELSE '' END ||
               (SELECT string_agg(w.words[1 + (abs(hashint4(i * 31 + k)) % array_length(w.words, 1))], ' ') FROM generate_series(1, 10) k) ||
               ' Place' || (i % 300) || ' topic' || (i % 20000) || '.',
               s.lang, md5('entry' || i)
          FROM generate_series(${batch * 100_000 + 1}, ${(batch + 1) * 100_000}) i
          CROSS JOIN LATERAL (SELECT (ARRAY['ky','ru','en'])[((i - 1) / 100 + 1) % 3 + 1] AS lang) s
          CROSS JOIN LATERAL (SELECT ${vocab} AS words) w;`);
  }
  await step("figures", `
    INSERT INTO "FigureMention" ("id", "entryId", "field", "text", "value", "hedge", "unit", "start", "end", "asOf", "quantityId")
      SELECT 'f-' || i, 'e-' || (i * 5), 'text', ((i * 5 * 37) % 9000 + 100)::text, ((i * 5 * 37) % 9000 + 100)::float8,
             (ARRAY['EXACT','EXACT','EXACT','APPROX','AT_LEAST','AT_MOST'])[i % 6 + 1]::"Hedge", 'people', 0, length(((i * 5 * 37) % 9000 + 100)::text),
             timestamp '2022-01-02' + ((i % 30) || ' days')::interval,
             CASE WHEN i % 4 = 1 THEN NULL ELSE 'q-' || (i % ${NEWSROOM.quantities} + 1) END
        FROM generate_series(1, ${NEWSROOM.figures}) i;`);
  await step("claims", `
    INSERT INTO "Claim" ("id", "slug", "statement", "quoteOriginal", "quoteLanguage", "entryId", "anchorExact", "anchorStart", "anchorEnd", "speakerId",
                         "figureValue", "figureHedge", "figureUnit", "quantityId", "figureAsOf", "status", "ratingId", "verdictSummary", "reviewedById",
                         "publishedAt", "createdById", "updatedAt")
      SELECT 'c-' || i, 'generated-claim-' || i, left(e."text", 70), e."text", e."language", e."id", e."text", 0, length(e."text"), 'actor-' || (i % ${NEWSROOM.actors} + 1),
             f."value", f."hedge", f."unit", f."quantityId", f."asOf",
             st.status::"ClaimStatus", CASE WHEN st.public THEN (SELECT "id" FROM "Rating" WHERE "order" = i % 6 + 1) END,
             CASE WHEN st.public THEN 'Generated summary of the verdict for claim ' || i END, CASE WHEN st.public THEN '${reviewer.id}' END,
             CASE WHEN st.public THEN timestamp '2022-01-05' + ((i % 40) || ' days')::interval END, '${editor.id}', now()
        FROM generate_series(1, ${NEWSROOM.claims}) i
        JOIN "Entry" e ON e."id" = 'e-' || (i * 10)
        LEFT JOIN "FigureMention" f ON f."entryId" = e."id" AND f."quantityId" IS NOT NULL
        CROSS JOIN LATERAL (SELECT (ARRAY['PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','DRAFT','DRAFT','IN_REVIEW'])[i % 10 + 1] AS status) s0
        CROSS JOIN LATERAL (SELECT s0.status, s0.status = 'PUBLISHED' AS public) st;`);
  await step("evidence", `
    INSERT INTO "EvidenceLink" ("id", "claimId", "entryId", "stance", "passageExact", "passageStart", "passageEnd", "createdById")
      SELECT 'l-' || i || '-' || k, 'c-' || i, e."id", (ARRAY['SUPPORTS','CONTRADICTS','CONTEXT'])[k]::"Stance", e."text", 0, length(e."text"), '${editor.id}'
        FROM generate_series(1, ${NEWSROOM.claims}) i CROSS JOIN generate_series(1, 3) k
        JOIN "Entry" e ON e."id" = 'e-' || (i * 10 - k);`);
  // As autovacuum would on a running site: the bulk insert leaves the GIN indexes a long pending list.
  await step("vacuum and analyze", `VACUUM ANALYZE`);
}

/** The newsroom's database URL, generated on first use (a few minutes), then reused. */
export async function benchNewsroom(log: (line: string) => void = console.log): Promise<string> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const url = withDatabaseName(serverUrl, NAME);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [NAME])).rowCount;
  if (exists) {
    const db = createDb(url, { maxConnections: 2 });
    try {
      await applyMigrations({ url });
      const found = await counts(db);
      if (found.entries === NEWSROOM.entries && found.figures === NEWSROOM.figures && found.claims === NEWSROOM.claims && found.evidence === NEWSROOM.evidence) {
        await admin.end();
        return url;
      }
    } catch {
      // An older or partial newsroom: rebuild it.
    } finally {
      await db.$disconnect();
    }
    await admin.query(`DROP DATABASE "${NAME}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${NAME}"`);
  await admin.end();
  log(`Generating the newsroom (${NEWSROOM.entries.toLocaleString("en-GB")} entries) in ${NAME}…`);
  await applyMigrations({ url });
  const db = createDb(url, { maxConnections: 2 });
  try {
    const start = performance.now();
    await generate(db, log);
    log(`  done in ${((performance.now() - start) / 1000).toFixed(0)} s: ${JSON.stringify(await counts(db))}`);
  } finally {
    await db.$disconnect();
  }
  return url;
}
