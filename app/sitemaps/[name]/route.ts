import { findPublishedSlugs } from "@/lib/claims/public-queries";
import { buildUrlset, CLAIMS_PER_SITEMAP, parseSitemapName } from "@/lib/feeds/sitemap";
import { findSitemapPages } from "@/lib/feeds/sitemap-pages";
import { absoluteUrl } from "@/lib/site";
import { pageLanguages } from "@/lib/translations/queries";

export const dynamic = "force-dynamic";

/** A part of the verdicts, each in the languages its statement and summary exist in. */
async function claimPages(part: number) {
  const claims = await findPublishedSlugs({ skip: part * CLAIMS_PER_SITEMAP, take: CLAIMS_PER_SITEMAP });
  const languages = await pageLanguages(claims);
  return claims.map((claim) => ({ path: `/claims/${claim.slug}`, modified: claim.updatedAt, languages: languages.get(claim.id) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const part = parseSitemapName((await params).name);
  if (part === null) return new Response("No such sitemap.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pages = part === "pages" ? await findSitemapPages() : await claimPages(part);
  return new Response(buildUrlset(pages, absoluteUrl), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
