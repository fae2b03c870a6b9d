// schema.org ClaimReview for a published verdict: the JSON-LD on its page and the items of the
// ClaimReview data feed. Pure: the caller passes the claim, the site's address and its name.

export type ReviewableClaim = {
  slug: string;
  statement: string;
  quoteOriginal: string;
  quoteLanguage: string;
  saidAt: Date | null;
  verdictSummary: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  speaker: { name: string; title?: string | null; kind?: string | null } | null;
  rating: { labelEn: string; reviewValue: number | null } | null;
  entry: { source: { url: string | null; title: string; publishedAt: Date | null } } | null;
};

// The rating scale's ends: ratings map to 1 (false) … 5 (true), as ClaimReview expects.
export const WORST_RATING = 1;
export const BEST_RATING = 5;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * `pageUrl`: the address of the page the review is on (a localized verdict page's own); else the
 * English one. `inLanguage`: the language the statement and the review are written in there, and
 * `ratingLabel` the verdict's name in it.
 */
export function buildClaimReview(claim: ReviewableClaim, site: { url: string; name: string; pageUrl?: string; inLanguage?: string; ratingLabel?: string }) {
  const url = site.pageUrl ?? `${site.url}/claims/${claim.slug}`;
  const source = claim.entry?.source;
  const appearance = source?.url
    ? { "@type": "CreativeWork", url: source.url, headline: source.title, ...(source.publishedAt ? { datePublished: day(source.publishedAt) } : {}) }
    : null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    datePublished: day(claim.publishedAt ?? claim.updatedAt),
    dateModified: claim.updatedAt.toISOString(),
    author: { "@type": "Organization", name: site.name, url: site.url },
    inLanguage: site.inLanguage ?? "en",
    claimReviewed: claim.statement,
    ...(claim.verdictSummary ? { reviewBody: claim.verdictSummary } : {}),
    reviewRating: {
      "@type": "Rating",
      alternateName: claim.rating ? (site.ratingLabel ?? claim.rating.labelEn) : "Unrated",
      // A verdict outside the 1-5 scale ("Unproven") has a name but no number: schema.org's
      // ratingValue is for numeric ratings, and inventing one would misstate the verdict.
      ...(claim.rating?.reviewValue != null ? { ratingValue: claim.rating.reviewValue } : {}),
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.speaker
        ? { author: { "@type": claim.speaker.kind === "ORGANISATION" ? "Organization" : "Person", name: claim.speaker.name, ...(claim.speaker.title && claim.speaker.kind !== "ORGANISATION" ? { jobTitle: claim.speaker.title } : {}) } }
        : {}),
      ...(claim.saidAt ? { datePublished: day(claim.saidAt) } : {}),
      inLanguage: claim.quoteLanguage,
      text: claim.quoteOriginal,
      ...(appearance ? { appearance: [appearance], firstAppearance: appearance } : {}),
    },
  };
}

export type ClaimReviewJson = ReturnType<typeof buildClaimReview>;

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
