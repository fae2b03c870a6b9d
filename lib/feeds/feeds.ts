// RSS 2.0 and Atom 1.0 of new verdicts. Pure: items in, XML out; every text is escaped.

/** `language`: the language the item's title is in, when it differs from the feed's (not yet translated). */
export type FeedItem = { url: string; title: string; summary: string; published: Date; updated: Date; author: string | null; category: string | null; language?: string };
export type FeedInfo = { title: string; description: string; siteUrl: string; feedUrl: string };

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function buildRss(info: FeedInfo, items: FeedItem[], language = "en"): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${item.published.toUTCString()}</pubDate>
      <description>${escapeXml(item.summary)}</description>${item.category ? `\n      <category>${escapeXml(item.category)}</category>` : ""}
    </item>`,
    )
    .join("\n");
  const lastBuild = items.length ? items[0].updated : new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(info.title)}</title>
    <link>${escapeXml(info.siteUrl)}</link>
    <description>${escapeXml(info.description)}</description>
    <atom:link href="${escapeXml(info.feedUrl)}" rel="self" type="application/rss+xml"/>
    <language>${escapeXml(language)}</language>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
${entries}
  </channel>
</rss>
`;
}

export function buildAtom(info: FeedInfo, items: FeedItem[], language = "en"): string {
  const updated = items.length ? new Date(Math.max(...items.map((item) => item.updated.getTime()))) : new Date(0);
  const entries = items
    .map(
      (item) => `  <entry${item.language && item.language !== language ? ` xml:lang="${escapeXml(item.language)}"` : ""}>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(item.url)}"/>
    <id>${escapeXml(item.url)}</id>
    <published>${item.published.toISOString()}</published>
    <updated>${item.updated.toISOString()}</updated>${item.author ? `\n    <author><name>${escapeXml(item.author)}</name></author>` : ""}${item.category ? `\n    <category term="${escapeXml(item.category)}"/>` : ""}
    <summary>${escapeXml(item.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(language)}">
  <title>${escapeXml(info.title)}</title>
  <subtitle>${escapeXml(info.description)}</subtitle>
  <link href="${escapeXml(info.siteUrl)}"/>
  <link rel="self" href="${escapeXml(info.feedUrl)}"/>
  <id>${escapeXml(info.siteUrl)}/</id>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(info.title)}</name></author>
${entries}
</feed>
`;
}
