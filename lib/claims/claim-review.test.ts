import { describe, expect, it } from "vitest";
import { buildClaimReview, jsonForScript, type ReviewableClaim } from "./claim-review";

const site = { url: "https://factlog.example.org", name: "Factlog" };
const claim: ReviewableClaim = {
  slug: "238-deaths",
  statement: "238 people died in the January events",
  quoteOriginal: "Погибли 238 человек",
  quoteLanguage: "ru",
  saidAt: new Date("2022-01-15T10:00:00Z"),
  verdictSummary: "The official toll, later revised.",
  publishedAt: new Date("2022-01-20T09:00:00Z"),
  updatedAt: new Date("2022-01-21T09:00:00Z"),
  speaker: { name: "Prosecutor General's Office", title: null, kind: "ORGANISATION" },
  rating: { labelEn: "Mostly true", reviewValue: 4 },
  entry: { source: { url: "https://example.org/toll", title: "Toll rises to 238", publishedAt: new Date("2022-01-15T12:00:00Z") } },
};

describe("buildClaimReview", () => {
  it("names a localized verdict page's own address as its url", () => {
    expect(buildClaimReview(claim, { ...site, pageUrl: "https://factlog.example.org/ru/claims/238-deaths" }).url).toBe("https://factlog.example.org/ru/claims/238-deaths");
  });

  it("carries the fields ClaimReview consumers read", () => {
    const review = buildClaimReview(claim, site);
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factlog.example.org/claims/238-deaths",
      datePublished: "2022-01-20",
      claimReviewed: "238 people died in the January events",
      author: { "@type": "Organization", name: "Factlog", url: "https://factlog.example.org" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Prosecutor General's Office" },
        datePublished: "2022-01-15",
        appearance: [{ "@type": "CreativeWork", url: "https://example.org/toll" }],
        firstAppearance: { "@type": "CreativeWork", url: "https://example.org/toll" },
      },
    });
    expect(review.itemReviewed.author).not.toHaveProperty("jobTitle");
  });

  it("names an unrated verdict without inventing a number for it", () => {
    const review = buildClaimReview({ ...claim, rating: { labelEn: "Unproven", reviewValue: null } }, site);
    expect(review.reviewRating.alternateName).toBe("Unproven");
    expect(review.reviewRating).not.toHaveProperty("ratingValue");
  });

  it("gives a person's role and leaves out an appearance with no address", () => {
    const review = buildClaimReview({ ...claim, speaker: { name: "Kassym-Jomart Tokayev", title: "President", kind: "PERSON" }, entry: { source: { url: null, title: "Address", publishedAt: null } } }, site);
    expect(review.itemReviewed.author).toEqual({ "@type": "Person", name: "Kassym-Jomart Tokayev", jobTitle: "President" });
    expect(review.itemReviewed).not.toHaveProperty("appearance");
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element it is written into", () => {
    const json = jsonForScript({ text: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>" });
  });
});
