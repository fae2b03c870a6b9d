import "server-only";
import { buildClaimReview } from "../claims/claim-review";
import { findVerdictsForFeed } from "../claims/public-queries";
import { getSiteIdentity, siteName } from "../identity/queries";
import { absoluteUrl, siteUrl } from "../site";
import type { FeedInfo, FeedItem } from "./feeds";

/** The feed's title and description: the site's identity, in English (the feeds' language). */
export async function feedInfo(path: string): Promise<FeedInfo> {
  const identity = (await getSiteIdentity()).texts.en;
  return {
    title: `${identity.name}: new verdicts`,
    description: identity.description || identity.tagline,
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
  const site = { url: siteUrl(), name: await siteName() };
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
