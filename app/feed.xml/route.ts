import { buildRss } from "@/lib/feeds/feeds";
import { feedInfo, feedLocale, findVerdictFeedItems, unknownFeedLanguage } from "@/lib/feeds/verdict-items";

export const dynamic = "force-dynamic";

/** New verdicts; `?lang=ru` or `?lang=ky` for the feed in that language. */
export async function GET(request: Request) {
  const locale = feedLocale(request.url);
  if (!locale) return unknownFeedLanguage();
  const xml = buildRss(await feedInfo("/feed.xml", locale), await findVerdictFeedItems(locale), locale);
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
