import { findPublishedSlugs } from "@/lib/claims/public-queries";
import { buildUrlset, CLAIMS_PER_SITEMAP, parseSitemapName } from "@/lib/feeds/sitemap";
import { findSitemapPages } from "@/lib/feeds/sitemap-pages";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const part = parseSitemapName((await params).name);
  if (part === null) return new Response("No such sitemap.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pages =
    part === "pages"
      ? await findSitemapPages()
      : (await findPublishedSlugs({ skip: part * CLAIMS_PER_SITEMAP, take: CLAIMS_PER_SITEMAP })).map((claim) => ({ path: `/claims/${claim.slug}`, modified: claim.updatedAt }));
  return new Response(buildUrlset(pages, absoluteUrl), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
