// The export formats, each written as a stream of text chunks from batches of claims, so a
// list of any length is written with flat memory. Pure: no database, no I/O.
import { buildClaimReview } from "../claims/claim-review";
import { BOM, csvRow, type Cell } from "./csv";
import type { ExportClaim } from "./claims";
import { written, type Part } from "./one-pass";

export type Batches = AsyncIterable<ExportClaim[]>;

export const CLAIM_COLUMNS = [
  "slug", "url", "status", "statement", "quote", "quote_language", "translation_en", "translation_ru", "translation_ky",
  "speaker", "speaker_role", "outlet", "source", "source_url", "attribution", "attribution_chain", "said_at", "said_where",
  "figure_value", "figure_low", "figure_high", "figure_hedge", "figure_unit", "quantity", "figure_as_of",
  "verdict", "summary", "reviewer", "published_at", "updated_at", "tags", "evidence_supports", "evidence_contradicts", "evidence_context",
  "statement_ru", "summary_ru", "statement_ky", "summary_ky",
] as const;

export function claimCells(claim: ExportClaim): Cell[] {
  const count = (stance: string) => claim.evidence.filter((link) => link.stance === stance).length;
  return [
    claim.slug, claim.url, claim.status, claim.statement, claim.quote.text, claim.quote.language,
    claim.quote.translations.en, claim.quote.translations.ru, claim.quote.translations.ky,
    claim.speaker?.name, claim.speaker?.role, claim.source?.outlet, claim.source?.title, claim.source?.url, claim.attribution,
    claim.attributionChain.map((step) => [step.how, step.by].filter(Boolean).join(": ")).join(" → "), claim.saidAt, claim.saidWhere,
    claim.figure?.value, claim.figure?.low, claim.figure?.high, claim.figure?.hedge, claim.figure?.unit, claim.figure?.quantity, claim.figure?.asOf,
    claim.verdict?.label, claim.summary, claim.reviewer, claim.publishedAt, claim.updatedAt, claim.tags.join(" "),
    count("SUPPORTS"), count("CONTRADICTS"), count("CONTEXT"),
    claim.versions.ru.statement, claim.versions.ru.summary, claim.versions.ky.statement, claim.versions.ky.summary,
  ];
}

export const EVIDENCE_COLUMNS = ["claim_slug", "claim_statement", "stance", "passage", "passage_state", "note", "source", "source_url", "outlet", "source_date", "posted_at", "entry"] as const;

export function evidenceCells(claim: ExportClaim, link: ExportClaim["evidence"][number]): Cell[] {
  return [claim.slug, claim.statement, link.stance, link.passage, link.passageState, link.note, link.source.title, link.source.url, link.source.outlet, link.source.publishedAt, link.postedAt, link.entryOrdinal];
}

export const claimsCsvPart: Part<ExportClaim[]> = {
  head: BOM + csvRow([...CLAIM_COLUMNS]),
  rows: (batch) => batch.map((claim) => csvRow(claimCells(claim))).join(""),
};

export const evidenceCsvPart: Part<ExportClaim[]> = {
  head: BOM + csvRow([...EVIDENCE_COLUMNS]),
  rows: (batch) => batch.map((claim) => claim.evidence.map((link) => csvRow(evidenceCells(claim, link))).join("")).join(""),
};

export const claimsCsv = (batches: Batches) => written(batches, claimsCsvPart);
export const evidenceCsv = (batches: Batches) => written(batches, evidenceCsvPart);

export const JSON_SCHEMA_ID = "https://factlog.example/schemas/claims-export-v1.json";

/** The JSON export: {"$schema", "version": 1, "exportedAt", "filter", "claims": [...]}, streamed. */
export async function* claimsJson(batches: Batches, meta: { exportedAt: Date; filter: object }): AsyncGenerator<string> {
  yield `{"$schema":${JSON.stringify(JSON_SCHEMA_ID)},"version":1,"exportedAt":${JSON.stringify(meta.exportedAt.toISOString())},"filter":${JSON.stringify(meta.filter)},"claims":[`;
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield (first ? "" : ",") + batch.map((claim) => JSON.stringify(claim)).join(",");
    first = false;
  }
  yield "]}\n";
}

/** A schema.org DataFeed of the published verdicts among the claims. */
export async function* claimReviewFeed(batches: Batches, site: { url: string; name: string; exportedAt: Date }): AsyncGenerator<string> {
  yield `{"@context":"https://schema.org","@type":"DataFeed","name":${JSON.stringify(`${site.name} ClaimReview export`)},"dateModified":${JSON.stringify(site.exportedAt.toISOString())},"dataFeedElement":[`;
  let first = true;
  for await (const batch of batches) {
    const reviews = batch
      .filter((claim) => (claim.status === "published" || claim.status === "updated") && claim.publishedAt)
      .map((claim) => {
        const review = buildClaimReview(
          {
            slug: claim.slug,
            statement: claim.statement,
            quoteOriginal: claim.quote.text,
            quoteLanguage: claim.quote.language,
            saidAt: claim.saidAt ? new Date(claim.saidAt) : null,
            verdictSummary: claim.summary,
            publishedAt: new Date(claim.publishedAt!),
            updatedAt: new Date(claim.updatedAt),
            speaker: claim.speaker ? { name: claim.speaker.name, title: claim.speaker.role } : null,
            rating: claim.verdict ? { labelEn: claim.verdict.label, reviewValue: claim.verdict.reviewValue } : null,
            entry: claim.source ? { source: { url: claim.source.url, title: claim.source.title, publishedAt: claim.source.publishedAt ? new Date(claim.source.publishedAt) : null } } : null,
          },
          site,
        );
        const { ["@context"]: _context, ...element } = review;
        void _context;
        return JSON.stringify(element);
      });
    if (reviews.length === 0) continue;
    yield (first ? "" : ",") + reviews.join(",");
    first = false;
  }
  yield "]}\n";
}
