// The public API's shapes (GET /api/v1/...). Other tools read these: add fields, never rename
// or remove one. The OpenAPI document (openapi.ts) describes exactly these functions' output.
import type { PublishedClaim } from "../claims/public-queries";
import type { PublicClaimItem } from "../claims/public-search";
import type { FigurePoint } from "../figures/queries";
import { absoluteUrl } from "../site";
import { localePath } from "../i18n/locales";
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from "../translations/fields";

type Labelled = { labelEn: string; labelRu: string; labelKy: string };
const labels = (item: Labelled) => ({ en: item.labelEn, ru: item.labelRu, ky: item.labelKy });
const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

type FigureFields = {
  figureValue: number | null;
  figureLow: number | null;
  figureHigh: number | null;
  figureHedge: string | null;
  figureUnit: string | null;
  figureAsOf: Date | null;
  quantity: ({ key: string } & Labelled) | null;
};

function serializeFigure(claim: FigureFields) {
  if (!claim.figureHedge) return null;
  return {
    value: claim.figureValue,
    low: claim.figureLow,
    high: claim.figureHigh,
    hedge: claim.figureHedge,
    unit: claim.figureUnit,
    asOf: iso(claim.figureAsOf),
    quantity: claim.quantity ? { key: claim.quantity.key, label: labels(claim.quantity) } : null,
  };
}

type ClaimFields = Omit<PublicClaimItem, "id" | "tags"> & { tags: { tag: { slug: string } }[] };

export function serializeClaimItem(claim: ClaimFields) {
  return {
    slug: claim.slug,
    url: absoluteUrl(`/claims/${claim.slug}`),
    status: claim.status === "UPDATED" ? "updated" : "published",
    statement: claim.statement,
    quote: { text: claim.quoteOriginal, language: claim.quoteLanguage, translations: (claim.translations ?? {}) as Record<string, string> },
    speaker: claim.speaker ? { name: claim.speaker.name, slug: claim.speaker.slug } : null,
    speakerRole: claim.speakerRole,
    saidAt: iso(claim.saidAt),
    saidWhere: claim.saidWhere,
    figure: serializeFigure(claim),
    verdict: claim.rating ? { key: claim.rating.key, label: labels(claim.rating), reviewValue: claim.rating.reviewValue } : null,
    summary: claim.verdictSummary,
    tags: claim.tags.map((item) => item.tag.slug),
    publishedAt: iso(claim.publishedAt),
    updatedAt: iso(claim.updatedAt),
  };
}

type Source = PublishedClaim["evidence"][number]["entry"]["source"];
const serializeSource = (source: Source) => ({
  id: source.id,
  title: source.title,
  url: source.url,
  outlet: source.outlet?.name ?? null,
  publishedAt: iso(source.publishedAt),
  language: source.language,
});

/** A verdict as read in one other language: its statement, summary and speaker's role there, and whether its page exists there. */
export type ClaimVersion = { statement: string; verdictSummary: string | null; speakerRole: string | null; pageExists: boolean };

/** `versions`: the claim as read in each other language; one is given where its statement and summary are both translated. */
export function serializeClaim(claim: PublishedClaim, versions: Partial<Record<TranslationLanguage, ClaimVersion>> = {}) {
  return {
    ...serializeClaimItem(claim),
    versions: Object.fromEntries(
      TRANSLATION_LANGUAGES.map((language) => {
        const version = versions[language];
        return [
          language,
          version?.pageExists
            ? { statement: version.statement, summary: version.verdictSummary, speakerRole: version.speakerRole, url: absoluteUrl(localePath(language, `/claims/${claim.slug}`)) }
            : null,
        ];
      }),
    ),
    attribution: claim.attribution,
    attributionChain: Array.isArray(claim.attributionChain) ? claim.attributionChain : [],
    source: claim.entry
      ? { ...serializeSource(claim.entry.source), entry: { ordinal: claim.entry.ordinal, postedAt: claim.entry.postedAt, url: absoluteUrl(`/sources/${claim.entry.source.id}#entry-${claim.entry.ordinal}`) } }
      : null,
    evidence: claim.evidence.map((item) => ({
      stance: item.stance,
      passage: item.passageExact,
      note: item.note,
      source: serializeSource(item.entry.source),
      entry: { ordinal: item.entry.ordinal, postedAt: item.entry.postedAt, language: item.entry.language, url: absoluteUrl(`/sources/${item.entry.source.id}#entry-${item.entry.ordinal}`) },
    })),
    corrections: claim.corrections.map((correction) => ({ note: correction.note, at: correction.createdAt.toISOString() })),
  };
}

export function serializeQuantity(quantity: { key: string; unit: string | null; partOf: { key: string } | null } & Labelled, points: FigurePoint[], conflicted: Set<string>) {
  return {
    key: quantity.key,
    label: labels(quantity),
    unit: quantity.unit,
    partOf: quantity.partOf?.key ?? null,
    figures: points.map((point) => ({
      kind: point.kind === "claim" ? "claim" : "source",
      value: point.value,
      low: point.low,
      high: point.high,
      hedge: point.hedge,
      unit: point.unit,
      at: iso(point.at),
      text: point.text,
      language: point.language,
      who: point.who,
      source: point.sourceId && point.sourceTitle ? { id: point.sourceId, title: point.sourceTitle, outlet: point.outlet, public: point.sourcePublic ?? false } : null,
      claim: point.claimSlug,
      conflict: conflicted.has(point.id),
    })),
  };
}
