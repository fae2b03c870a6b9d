import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ClaimStatus } from "../db/generated/enums";
import { parseSearch, requestedWords } from "../search/parse";
import { absoluteUrl } from "../site";
import type { ExportFilter } from "./filter";
import { isPublic } from "../claims/status";
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from "../translations/fields";
import { approvedVersions, pageOriginals, versionKey } from "../translations/queries";

// The annotated claim list every export format is written from, read in batches by id so
// memory stays flat however many claims match.

const STATUS: Record<string, ClaimStatus> = { draft: "DRAFT", in_review: "IN_REVIEW", published: "PUBLISHED", updated: "UPDATED", archived: "ARCHIVED" };

const SOURCE = { select: { id: true, title: true, url: true, publishedAt: true, language: true, outlet: { select: { name: true } } } } as const;

const EXPORT_SELECT = {
  id: true, slug: true, status: true, statement: true, quoteOriginal: true, quoteLanguage: true, translations: true,
  speakerRole: true, attribution: true, attributionChain: true, saidAt: true, saidWhere: true,
  figureValue: true, figureLow: true, figureHigh: true, figureHedge: true, figureUnit: true, figureAsOf: true,
  verdictSummary: true, publishedAt: true, createdAt: true, updatedAt: true,
  speaker: { select: { name: true, slug: true, title: true, kind: true } },
  quantity: { select: { key: true, labelEn: true } },
  rating: { select: { key: true, labelEn: true, reviewValue: true } },
  reviewedBy: { select: { name: true } },
  tags: { select: { tag: { select: { slug: true } } } },
  entry: { select: { ordinal: true, postedAt: true, source: SOURCE } },
  evidence: {
    orderBy: { createdAt: "asc" },
    select: { stance: true, passageExact: true, passageState: true, note: true, createdAt: true, entry: { select: { ordinal: true, postedAt: true, language: true, source: SOURCE } } },
  },
} as const satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof EXPORT_SELECT }>;
type SourceRow = NonNullable<Row["entry"]>["source"];

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const sourceOf = (source: SourceRow) => ({ id: source.id, title: source.title, url: source.url, outlet: source.outlet?.name ?? null, publishedAt: iso(source.publishedAt), language: source.language });

type Versions = Record<TranslationLanguage, { statement: string | null; summary: string | null }>;
const NO_VERSIONS: Versions = { ru: { statement: null, summary: null }, ky: { statement: null, summary: null } };

export function toExportClaim(row: Row, versions: Versions = NO_VERSIONS) {
  return {
    slug: row.slug,
    url: isPublic(row.status) ? absoluteUrl(`/claims/${row.slug}`) : null,
    status: row.status.toLowerCase(),
    statement: row.statement,
    quote: { text: row.quoteOriginal, language: row.quoteLanguage, translations: (row.translations ?? {}) as Record<string, string> },
    speaker: row.speaker ? { name: row.speaker.name, slug: row.speaker.slug, role: row.speakerRole ?? row.speaker.title } : null,
    source: row.entry ? { ...sourceOf(row.entry.source), entryOrdinal: row.entry.ordinal, postedAt: row.entry.postedAt } : null,
    attribution: row.attribution,
    attributionChain: (Array.isArray(row.attributionChain) ? row.attributionChain : []) as { how?: string; by?: string }[],
    saidAt: iso(row.saidAt),
    saidWhere: row.saidWhere,
    figure: row.figureHedge
      ? { value: row.figureValue, low: row.figureLow, high: row.figureHigh, hedge: row.figureHedge, unit: row.figureUnit, quantity: row.quantity?.key ?? null, quantityLabel: row.quantity?.labelEn ?? null, asOf: iso(row.figureAsOf) }
      : null,
    verdict: row.rating ? { key: row.rating.key, label: row.rating.labelEn, reviewValue: row.rating.reviewValue } : null,
    summary: row.verdictSummary,
    // The statement and summary in Russian and Kyrgyz where a reviewer approved them (null where not).
    versions,
    reviewer: row.reviewedBy?.name ?? null,
    publishedAt: iso(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
    tags: row.tags.map((item) => item.tag.slug),
    evidence: row.evidence.map((link) => ({
      stance: link.stance,
      passage: link.passageExact,
      passageState: link.passageState,
      note: link.note,
      source: sourceOf(link.entry.source),
      entryOrdinal: link.entry.ordinal,
      postedAt: link.entry.postedAt,
    })),
  };
}

export type ExportClaim = ReturnType<typeof toExportClaim>;

function whereFor(filter: ExportFilter): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (filter.status) and.push({ status: { in: filter.status.map((status) => STATUS[status]) } });
  if (filter.verdict) and.push({ rating: { key: filter.verdict } });
  if (filter.speaker) and.push({ speaker: { slug: filter.speaker } });
  if (filter.tag) and.push({ tags: { some: { tag: { slug: filter.tag } } } });
  if (filter.quantity) and.push({ quantity: { key: filter.quantity } });
  if (filter.language) and.push({ quoteLanguage: filter.language });
  if (filter.source) and.push({ entry: { sourceId: filter.source } });
  if (filter.outlet) and.push({ entry: { source: { outlet: { name: { equals: filter.outlet, mode: "insensitive" } } } } });
  if (filter.from) and.push({ saidAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ saidAt: { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) } });
  // An export matches each word as written (a part of the statement, quote or speaker's name):
  // it reads every matching claim, beyond the bounded candidates a search page ranks.
  const terms = filter.q ? requestedWords(parseSearch(filter.q)) : [];
  for (const term of terms) {
    and.push({
      OR: [
        { statement: { contains: term, mode: "insensitive" } },
        { quoteOriginal: { contains: term, mode: "insensitive" } },
        { speaker: { name: { contains: term, mode: "insensitive" } } },
        { speaker: { aliases: { has: term } } },
      ],
    });
  }
  return { AND: and };
}

export async function countExportClaims(options: { db: Db; filter: ExportFilter }): Promise<number> {
  return options.db.claim.count({ where: whereFor(options.filter) });
}

/** A batch's approved Russian and Kyrgyz statements and summaries: one query per language. */
async function withVersions(db: Db, rows: Row[]): Promise<ExportClaim[]> {
  const originals = rows.flatMap(pageOriginals);
  const found = await Promise.all(TRANSLATION_LANGUAGES.map((language) => approvedVersions(db, language, originals)));
  return rows.map((row) => {
    const text = (at: number, field: string) => found[at].get(versionKey({ entityType: "Claim", entityId: row.id, field })) ?? null;
    const versions = Object.fromEntries(TRANSLATION_LANGUAGES.map((language, at) => [language, { statement: text(at, "statement"), summary: text(at, "verdictSummary") }])) as Versions;
    return toExportClaim(row, versions);
  });
}

/** The matching claims with their evidence, oldest first, in batches. */
export async function* readExportClaims(options: { db: Db; filter: ExportFilter; batchSize?: number }): AsyncGenerator<ExportClaim[]> {
  const where = whereFor(options.filter);
  const take = options.batchSize ?? 500;
  let after: string | undefined;
  for (;;) {
    const rows = await options.db.claim.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take,
      select: EXPORT_SELECT,
    });
    if (rows.length === 0) return;
    yield await withVersions(options.db, rows);
    if (rows.length < take) return;
    after = rows[rows.length - 1].id;
  }
}
