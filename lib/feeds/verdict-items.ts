import "server-only";
import { buildClaimReview } from "../claims/claim-review";
import { findVerdictsForFeed } from "../claims/public-queries";
import { absoluteUrl, organisationName, siteUrl } from "../site";
import type { FeedInfo, FeedItem } from "./feeds";

export function feedInfo(path: string): FeedInfo {
  return {
    title: `${organisationName()}: new verdicts`,
    description: "Claims about the January 2022 events in Kazakhstan, checked against the sources.",
    siteUrl: siteUrl(),
    feedUrl: absoluteUrl(path),
  };
}

export async function findVerdictFeedItems(): Promise<FeedItem[]> {
  const verdicts = await findVerdictsForFeed({ limit: 50 });
  return verdicts.map((claim) => ({
    url: absoluteUrl(`/claims/${claim.slug}`),
    title: claim.statement,
    summary: `${claim.rating?.labelEn ?? "No verdict"}. ${claim.verdictSummary ?? ""}`.trim(),
    published: claim.publishedAt ?? claim.updatedAt,
    updated: claim.updatedAt,
    author: claim.speaker?.name ?? null,
    category: claim.rating?.labelEn ?? null,
  }));
}

/** schema.org DataFeed of every published ClaimReview, for fact-check aggregators. */
export async function buildClaimReviewFeed() {
  const verdicts = await findVerdictsForFeed({ limit: 1000 });
  const site = { url: siteUrl(), name: organisationName() };
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: `${site.name} ClaimReview feed`,
    url: absoluteUrl("/claim-reviews.json"),
    dateModified: (verdicts[0]?.updatedAt ?? new Date(0)).toISOString(),
    // Each element is a ClaimReview without its own @context: the feed's applies.
    dataFeedElement: verdicts.map((claim) => Object.fromEntries(Object.entries(buildClaimReview(claim, site)).filter(([name]) => name !== "@context"))),
  };
}
