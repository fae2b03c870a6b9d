import "server-only";
import { buildClaimReview } from "../claims/claim-review";
import { findVerdictsForFeed } from "../claims/public-queries";
import { getSiteIdentity, siteName } from "../identity/queries";
import { DEFAULT_LOCALE, isLocale, LOCALES, localePath, pickLabel, type Locale } from "../i18n/locales";
import { getMessages } from "../i18n/messages";
import { feedPath } from "../i18n/page";
import { localizeList } from "../translations/localize";
import { TRANSLATION_LANGUAGES } from "../translations/fields";
import { absoluteUrl, siteUrl } from "../site";
import type { FeedInfo, FeedItem } from "./feeds";

/** The feed's language from its `lang` parameter (English when absent); null for one it does not know. */
export function feedLocale(url: string): Locale | null {
  const asked = new URL(url).searchParams.get("lang");
  if (asked === null) return DEFAULT_LOCALE;
  return isLocale(asked) ? asked : null;
}

export function unknownFeedLanguage(): Response {
  return new Response(`The feed's "lang" must be one of ${LOCALES.join(", ")} (English when left out).\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The feed's title and description: the site's identity in the feed's language. */
export async function feedInfo(path: "/feed.xml" | "/atom.xml", locale: Locale = DEFAULT_LOCALE): Promise<FeedInfo> {
  const identity = (await getSiteIdentity()).texts[locale];
  return {
    title: getMessages(locale)("feedTitle", { name: identity.name }),
    description: identity.description || identity.tagline,
    siteUrl: absoluteUrl(localePath(locale, "/")),
    feedUrl: absoluteUrl(feedPath(locale, path)),
  };
}

/** New verdicts in `locale`: each statement and summary in that language where an approved version exists, linking the page in that language. */
export async function findVerdictFeedItems(locale: Locale = DEFAULT_LOCALE): Promise<FeedItem[]> {
  const verdicts = await localizeList(await findVerdictsForFeed({ limit: 50 }), locale);
  const noVerdict = getMessages(locale)("noVerdict");
  return verdicts.map((claim) => ({
    url: absoluteUrl(localePath(locale, `/claims/${claim.slug}`)),
    title: claim.statement,
    summary: `${claim.rating ? pickLabel(locale, claim.rating) : noVerdict}. ${claim.verdictSummary ?? ""}`.trim(),
    published: claim.publishedAt ?? claim.updatedAt,
    updated: claim.updatedAt,
    author: claim.speaker?.name ?? null,
    category: claim.rating ? pickLabel(locale, claim.rating) : null,
    language: claim.statementLanguage,
  }));
}

/**
 * schema.org DataFeed of every published ClaimReview, for fact-check aggregators: each verdict in
 * English, and in Russian and Kyrgyz where its statement and summary were translated and checked,
 * each with its page's address and `inLanguage`.
 */
export async function buildClaimReviewFeed() {
  const verdicts = await findVerdictsForFeed({ limit: 1000 });
  const site = { url: siteUrl(), name: await siteName() };
  const translated = await Promise.all(TRANSLATION_LANGUAGES.map((language) => localizeList(verdicts, language)));
  const reviews = verdicts.flatMap((claim, at) => [
    buildClaimReview(claim, site),
    ...TRANSLATION_LANGUAGES.flatMap((language, index) =>
      translated[index][at].pageExists
        ? [buildClaimReview(translated[index][at], { ...site, pageUrl: absoluteUrl(localePath(language, `/claims/${claim.slug}`)), inLanguage: language, ratingLabel: claim.rating ? pickLabel(language, claim.rating) : undefined })]
        : [],
    ),
  ]);
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: `${site.name} ClaimReview feed`,
    url: absoluteUrl("/claim-reviews.json"),
    dateModified: (verdicts[0]?.updatedAt ?? new Date(0)).toISOString(),
    // Each element is a ClaimReview without its own @context: the feed's applies.
    dataFeedElement: reviews.map((review) => Object.fromEntries(Object.entries(review).filter(([name]) => name !== "@context"))),
  };
}
