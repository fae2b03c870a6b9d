import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export function GET() {
  const body = ["User-agent: *", "Allow: /", "Disallow: /desk", "Disallow: /signin", "Disallow: /api/auth", "Disallow: /search", "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
