import { findPublishedSlugs } from "@/lib/claims/public-queries";
import { escapeXml } from "@/lib/feeds/feeds";
import { LOCALES, localePath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Every published verdict in each language, with hreflang alternates, plus the fixed pages. */
export async function GET() {
  const claims = await findPublishedSlugs();
  const pages: { path: string; modified?: Date }[] = [{ path: "/" }, { path: "/quantities" }, { path: "/how-we-check" }, ...claims.map((claim) => ({ path: `/claims/${claim.slug}`, modified: claim.updatedAt }))];
  const urls = pages.flatMap((page) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map((each) => `    <xhtml:link rel="alternate" hreflang="${each}" href="${escapeXml(absoluteUrl(localePath(each, page.path)))}"/>`).join("\n");
      return `  <url>\n    <loc>${escapeXml(absoluteUrl(localePath(locale, page.path)))}</loc>${page.modified ? `\n    <lastmod>${page.modified.toISOString()}</lastmod>` : ""}\n${alternates}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
