import { buildRss } from "@/lib/feeds/feeds";
import { feedInfo, findVerdictFeedItems } from "@/lib/feeds/verdict-items";

export const dynamic = "force-dynamic";

export async function GET() {
  const xml = buildRss(await feedInfo("/feed.xml"), await findVerdictFeedItems());
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
