import { countPublishedClaims } from "@/lib/claims/public-queries";
import { buildSitemapIndex, sitemapNames } from "@/lib/feeds/sitemap";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** The sitemap index: the fixed pages, then the verdicts 10,000 to a file. */
export async function GET() {
  const names = sitemapNames(await countPublishedClaims());
  return new Response(buildSitemapIndex(names.map((name) => absoluteUrl(`/sitemaps/${name}`))), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
