import "server-only";
import type pg from "pg";
import { openConnection, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ClaimStatus } from "../db/generated/enums";
import { parseSearch, requestedWords } from "../search/parse";
import { absoluteUrl } from "../site";
import type { ExportFilter } from "./filter";
import { isPublic } from "../claims/status";
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from "../translations/fields";
import { originalHash } from "../translations/originals";

// The annotated claim list every export format is written from. It is read the way pg_dump
// reads a table: in one snapshot, through three cursors in the claims' order (the claims with
// what they refer to, their evidence, their approved translations), each fetched a batch at a
// time, so memory stays flat however many claims match and the database joins each whole set
// once (readExportClaims says when it reads otherwise). Read a batch of claims at a time with a
// query per relation, 100,000 claims took 22 s, most of it 300,000 single-row lookups of the
// evidence's entries.

const STATUS: Record<string, ClaimStatus> = { draft: "DRAFT", in_review: "IN_REVIEW", published: "PUBLISHED", updated: "UPDATED", archived: "ARCHIVED" };

/** `text` as a part of a value, for ILIKE: its own % and _ match only themselves. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** The claims an export holds, as SQL over `c` (a "Claim"): one place for what each filter means. */
function whereFor(filter: ExportFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (filter.status) and.push(Prisma.sql`c."status"::text = ANY(${filter.status.map((status) => STATUS[status])})`);
  if (filter.verdict) and.push(Prisma.sql`c."ratingId" IN (SELECT "id" FROM "Rating" WHERE "key" = ${filter.verdict})`);
  if (filter.speaker) and.push(Prisma.sql`c."speakerId" IN (SELECT "id" FROM "Actor" WHERE "slug" = ${filter.speaker})`);
  if (filter.tag) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id" AND t."slug" = ${filter.tag})`);
  if (filter.quantity) and.push(Prisma.sql`c."quantityId" IN (SELECT "id" FROM "Quantity" WHERE "key" = ${filter.quantity})`);
  if (filter.language) and.push(Prisma.sql`c."quoteLanguage" = ${filter.language}`);
  if (filter.source) and.push(Prisma.sql`c."entryId" IN (SELECT "id" FROM "Entry" WHERE "sourceId" = ${filter.source})`);
  if (filter.outlet) {
    and.push(Prisma.sql`c."entryId" IN (SELECT e."id" FROM "Entry" e JOIN "Source" s ON s."id" = e."sourceId" JOIN "Outlet" o ON o."id" = s."outletId" WHERE lower(o."name") = lower(${filter.outlet}))`);
  }
  // Days as written (YYYY-MM-DD), compared in UTC, as the dates are stored.
  if (filter.from) and.push(Prisma.sql`c."saidAt" >= ${filter.from}::date`);
  if (filter.to) and.push(Prisma.sql`c."saidAt" < ${filter.to}::date + 1`);
  // An export matches each word as written (a part of the statement, quote or speaker's name):
  // it reads every matching claim, beyond the bounded candidates a search page ranks.
  for (const term of filter.q ? requestedWords(parseSearch(filter.q)) : []) {
    and.push(Prisma.sql`(c."statement" ILIKE ${containing(term)} OR c."quoteOriginal" ILIKE ${containing(term)}
      OR c."speakerId" IN (SELECT "id" FROM "Actor" WHERE "name" ILIKE ${containing(term)} OR ${term} = ANY("aliases")))`);
  }
  return and.length > 0 ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

export async function countExportClaims(options: { db: Db; filter: ExportFilter }): Promise<number> {
  const [row] = await options.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Claim" c WHERE ${whereFor(options.filter)}`;
  return row.count;
}

// Times are read as the ISO text the export writes (ISO_TIME): made by PostgreSQL, not parsed into
// a Date and written out again for each of about 800,000 values of a 100,000-claim export.
type SourceRow = { source_id: string; source_title: string; source_url: string | null; source_published_at: string | null; source_language: string; outlet: string | null };

type ClaimRow = SourceRow & {
  id: string; slug: string; status: ClaimStatus; statement: string; quoteOriginal: string; quoteLanguage: string; translations: unknown;
  speakerRole: string | null; attribution: string | null; attributionChain: unknown; saidAt: string | null; saidWhere: string | null;
  figureValue: number | null; figureLow: number | null; figureHigh: number | null; figureHedge: string | null; figureUnit: string | null; figureAsOf: string | null;
  verdictSummary: string | null; publishedAt: string | null; updatedAt: string;
  speaker_name: string | null; speaker_slug: string | null; speaker_title: string | null;
  quantity_key: string | null; quantity_label: string | null; rating_key: string | null; rating_label: string | null; rating_review_value: number | null;
  reviewer: string | null; entry_ordinal: number | null; entry_posted_at: string | null; tags: string[];
};

type EvidenceRow = SourceRow & { claimId: string; stance: string; passageExact: string; passageState: string; note: string | null; entry_ordinal: number; entry_posted_at: string | null };

type VersionRow = { claimId: string; language: TranslationLanguage; field: "statement" | "verdictSummary"; text: string; originalHash: string };

/** A stored time (UTC, to the millisecond) as Date.prototype.toISOString writes it: 2022-01-07T04:00:00.000Z. */
const isoTime = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const SOURCE_COLUMNS = Prisma.sql`s."id" AS source_id, s."title" AS source_title, s."url" AS source_url, ${isoTime('s."publishedAt"')} AS source_published_at, s."language" AS source_language, o."name" AS outlet`;

// The three reads, each in the claims' order (by id) and with the same filter: cursors in a
// snapshot, or one batch's statements.
const CURSORS = (where: Prisma.Sql) => ({
  claims: Prisma.sql`
    SELECT c."id", c."slug", c."status", c."statement", c."quoteOriginal", c."quoteLanguage", c."translations", c."speakerRole", c."attribution",
           c."attributionChain", ${isoTime('c."saidAt"')} AS "saidAt", c."saidWhere", c."figureValue", c."figureLow", c."figureHigh", c."figureHedge", c."figureUnit",
           ${isoTime('c."figureAsOf"')} AS "figureAsOf", c."verdictSummary", ${isoTime('c."publishedAt"')} AS "publishedAt", ${isoTime('c."updatedAt"')} AS "updatedAt",
           sp."name" AS speaker_name, sp."slug" AS speaker_slug, sp."title" AS speaker_title,
           q."key" AS quantity_key, q."labelEn" AS quantity_label, r."key" AS rating_key, r."labelEn" AS rating_label, r."reviewValue" AS rating_review_value,
           u."name" AS reviewer, e."ordinal" AS entry_ordinal, e."postedAt" AS entry_posted_at, ${SOURCE_COLUMNS},
           ARRAY(SELECT t."slug" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id" ORDER BY t."slug") AS tags
      FROM "Claim" c
      LEFT JOIN "Actor" sp ON sp."id" = c."speakerId"
      LEFT JOIN "Quantity" q ON q."id" = c."quantityId"
      LEFT JOIN "Rating" r ON r."id" = c."ratingId"
      LEFT JOIN "User" u ON u."id" = c."reviewedById"
      LEFT JOIN "Entry" e ON e."id" = c."entryId"
      LEFT JOIN "Source" s ON s."id" = e."sourceId"
      LEFT JOIN "Outlet" o ON o."id" = s."outletId"
     WHERE ${where}
     ORDER BY c."id"`,
  evidence: Prisma.sql`
    SELECT l."claimId", l."stance", l."passageExact", l."passageState", l."note", e."ordinal" AS entry_ordinal, e."postedAt" AS entry_posted_at, ${SOURCE_COLUMNS}
      FROM "EvidenceLink" l
      JOIN "Claim" c ON c."id" = l."claimId"
      JOIN "Entry" e ON e."id" = l."entryId"
      JOIN "Source" s ON s."id" = e."sourceId"
      LEFT JOIN "Outlet" o ON o."id" = s."outletId"
     WHERE ${where}
     ORDER BY l."claimId", l."createdAt", l."id"`,
  // The statement and summary in Russian and Kyrgyz a reviewer approved (current or not: see below).
  versions: Prisma.sql`
    SELECT v."entityId" AS "claimId", v."language", v."field", v."text", v."originalHash"
      FROM "TextVersion" v
      JOIN "Claim" c ON c."id" = v."entityId"
     WHERE v."entityType" = 'Claim' AND v."status" = 'APPROVED' AND v."field" IN ('statement', 'verdictSummary')
       AND v."language" = ANY(${[...TRANSLATION_LANGUAGES]}) AND ${where}
     ORDER BY c."id"`,
});

const sourceOf = (row: SourceRow) => ({ id: row.source_id, title: row.source_title, url: row.source_url, outlet: row.outlet, publishedAt: row.source_published_at, language: row.source_language });

type Versions = Record<TranslationLanguage, { statement: string | null; summary: string | null }>;

function versionsOf(row: ClaimRow, approved: VersionRow[]): Versions {
  const versions = Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [language, { statement: null, summary: null }])) as Versions;
  for (const version of approved) {
    // A version counts while the original reads as it did when it was translated.
    const original = version.field === "statement" ? row.statement : row.verdictSummary;
    if (original === null || originalHash(original) !== version.originalHash) continue;
    versions[version.language][version.field === "statement" ? "statement" : "summary"] = version.text;
  }
  return versions;
}

function toExportClaim(row: ClaimRow, evidence: EvidenceRow[], approved: VersionRow[]) {
  return {
    slug: row.slug,
    url: isPublic(row.status) ? absoluteUrl(`/claims/${row.slug}`) : null,
    status: row.status.toLowerCase(),
    statement: row.statement,
    quote: { text: row.quoteOriginal, language: row.quoteLanguage, translations: (row.translations ?? {}) as Record<string, string> },
    speaker: row.speaker_name !== null ? { name: row.speaker_name, slug: row.speaker_slug!, role: row.speakerRole ?? row.speaker_title } : null,
    source: row.entry_ordinal !== null ? { ...sourceOf(row), entryOrdinal: row.entry_ordinal, postedAt: row.entry_posted_at } : null,
    attribution: row.attribution,
    attributionChain: (Array.isArray(row.attributionChain) ? row.attributionChain : []) as { how?: string; by?: string }[],
    saidAt: row.saidAt,
    saidWhere: row.saidWhere,
    figure: row.figureHedge
      ? { value: row.figureValue, low: row.figureLow, high: row.figureHigh, hedge: row.figureHedge, unit: row.figureUnit, quantity: row.quantity_key, quantityLabel: row.quantity_label, asOf: row.figureAsOf }
      : null,
    verdict: row.rating_key !== null ? { key: row.rating_key, label: row.rating_label!, reviewValue: row.rating_review_value } : null,
    summary: row.verdictSummary,
    // The statement and summary in Russian and Kyrgyz where a reviewer approved them (null where not).
    versions: versionsOf(row, approved),
    reviewer: row.reviewer,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    tags: row.tags,
    evidence: evidence.map((link) => ({
      stance: link.stance,
      passage: link.passageExact,
      passageState: link.passageState,
      note: link.note,
      source: sourceOf(link),
      entryOrdinal: link.entry_ordinal,
      postedAt: link.entry_posted_at,
    })),
  };
}

export type ExportClaim = ReturnType<typeof toExportClaim>;

/** A cursor's rows, a batch at a time, the next batch asked for as soon as this one arrives. */
class Cursor<Row> {
  private ahead: Promise<Row[]> | null;

  constructor(
    private readonly client: pg.Client,
    private readonly name: string,
    private readonly size: number,
  ) {
    this.ahead = this.fetch();
  }

  private fetch(): Promise<Row[]> {
    const rows = this.client.query<Row & pg.QueryResultRow>(`FETCH ${this.size} FROM ${this.name}`).then((result) => result.rows);
    // Caught here so a failure waiting its turn (the export stopped) is not unhandled; it is
    // thrown to whoever awaits it.
    rows.catch(() => undefined);
    return rows;
  }

  /** The next batch; empty once the cursor is through. */
  async next(): Promise<Row[]> {
    if (!this.ahead) return [];
    const rows = await this.ahead;
    this.ahead = rows.length === this.size ? this.fetch() : null;
    return rows;
  }
}

/**
 * The rows of a cursor that belong to a batch of claims. The cursors share the claims' order, so
 * a batch's rows come together, before those of any later claim: rows are taken while their
 * claim is in the batch, and the first row of a later claim waits for its own batch.
 */
class Follower<Row extends { claimId: string }> {
  private rows: Row[] = [];
  private at = 0;

  constructor(private readonly cursor: Cursor<Row>) {}

  async take(claims: Set<string>): Promise<Map<string, Row[]>> {
    const taken: Row[] = [];
    for (;;) {
      if (this.at === this.rows.length) {
        this.rows = await this.cursor.next();
        this.at = 0;
        if (this.rows.length === 0) break;
      }
      const row = this.rows[this.at];
      if (!claims.has(row.claimId)) break;
      taken.push(row);
      this.at += 1;
    }
    return byClaim(taken);
  }
}

/** Opens `sql` as a cursor named `name` on `client`. */
async function declare(client: pg.Client, name: string, sql: Prisma.Sql): Promise<void> {
  await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql.text}`, sql.values);
}

/** Rows by the claim they belong to. */
function byClaim<Row extends { claimId: string }>(rows: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.claimId);
    if (list) list.push(row);
    else grouped.set(row.claimId, [row]);
  }
  return grouped;
}

// Each export in a snapshot opens two connections of its own. At most this many run at once in
// a process: a flood of readers' downloads must not take the connections editors' saves need,
// so further exports read through the client's own (bounded) pool, a batch at a time.
const SNAPSHOT_EXPORTS = 2;
export const EXPORT_CONNECTION = "factlog export";
let snapshotExports = 0;

/**
 * The matching claims with their evidence and approved translations, in the order of their ids,
 * in batches. On PostgreSQL, read in one snapshot (inSnapshot). The embedded database (PGlite)
 * runs one transaction at a time for every connection, so there a snapshot held for the whole
 * export would stop the rest of the app: it is read a batch at a time (inBatches), each batch
 * one short statement per cursor's query; so are exports beyond SNAPSHOT_EXPORTS at once.
 */
export async function* readExportClaims(options: { db: Db; filter: ExportFilter; batchSize?: number }): AsyncGenerator<ExportClaim[]> {
  // 250 claims a batch (and four times as many evidence rows): with 1,000 an export's peak memory
  // was 50 to 100 MB higher and it was no faster (docs/benchmarks.md, session 15).
  const size = options.batchSize ?? 250;
  const where = whereFor(options.filter);
  if (snapshotExports >= SNAPSHOT_EXPORTS) {
    yield* inBatches(options.db, where, size);
    return;
  }
  snapshotExports += 1;
  try {
    const main = await openConnection(options.db, EXPORT_CONNECTION);
    let embedded: boolean;
    try {
      embedded = /PGlite/.test((await main.query<{ version: string }>("SELECT version()")).rows[0].version);
    } catch (error) {
      await main.end();
      throw error;
    }
    if (embedded) {
      await main.end();
      yield* inBatches(options.db, where, size);
    } else {
      yield* inSnapshot(options.db, main, where, size);
    }
  } finally {
    snapshotExports -= 1;
  }
}

/**
 * Two connections share one snapshot (as pg_dump's parallel jobs do): `main` reads the claims and
 * their translations, a second their evidence, each a batch ahead of the writing.
 */
async function* inSnapshot(db: Db, main: pg.Client, where: Prisma.Sql, size: number): AsyncGenerator<ExportClaim[]> {
  const connections: pg.Client[] = [main];
  try {
    connections.push(await openConnection(db, EXPORT_CONNECTION));
    const second = connections[1];
    await main.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: [{ snapshot }] } = await main.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    await second.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await second.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
    // Sorts in memory rather than on disk.
    for (const client of connections) await client.query("SET LOCAL work_mem = '64MB'");
    const cursors = CURSORS(where);
    await Promise.all([declare(main, "export_claims", cursors.claims), declare(main, "export_versions", cursors.versions), declare(second, "export_evidence", cursors.evidence)]);
    const claims = new Cursor<ClaimRow>(main, "export_claims", size);
    const evidence = new Follower(new Cursor<EvidenceRow>(second, "export_evidence", size * 4));
    const versions = new Follower(new Cursor<VersionRow>(main, "export_versions", size));
    for (;;) {
      const rows = await claims.next();
      if (rows.length === 0) break;
      const ids = new Set(rows.map((row) => row.id));
      const [links, approved] = await Promise.all([evidence.take(ids), versions.take(ids)]);
      yield rows.map((row) => toExportClaim(row, links.get(row.id) ?? [], approved.get(row.id) ?? []));
    }
    await Promise.all(connections.map((client) => client.query("COMMIT")));
  } finally {
    await Promise.all(connections.map((client) => client.end()));
  }
}

/** The same reads a batch of claims at a time (by id), through the client's pool, with no transaction held between them. */
async function* inBatches(db: Db, where: Prisma.Sql, size: number): AsyncGenerator<ExportClaim[]> {
  let after: string | null = null;
  for (;;) {
    const page: Prisma.Sql = after === null ? where : Prisma.sql`${where} AND c."id" > ${after}`;
    const ids = (await db.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "Claim" c WHERE ${page} ORDER BY c."id" LIMIT ${size}`).map((row) => row.id);
    if (ids.length === 0) return;
    const reads = CURSORS(Prisma.sql`${where} AND c."id" = ANY(${ids})`);
    const rows = await db.$queryRaw<ClaimRow[]>(reads.claims);
    const links = byClaim(await db.$queryRaw<EvidenceRow[]>(reads.evidence));
    const approved = byClaim(await db.$queryRaw<VersionRow[]>(reads.versions));
    yield rows.map((row) => toExportClaim(row, links.get(row.id) ?? [], approved.get(row.id) ?? []));
    if (ids.length < size) return;
    after = ids[ids.length - 1];
  }
}
