import { describe, expect, it } from "vitest";
import { buildAtom, buildRss, escapeXml, type FeedItem } from "./feeds";

const info = { title: "Factlog", description: "Verdicts", siteUrl: "https://f.example", feedUrl: "https://f.example/feed.xml" };
const item: FeedItem = {
  url: "https://f.example/claims/a&b",
  title: "<script>alert(1)</script> \"20,000\" bandits",
  summary: "Unproven: no count\u0000 was given",
  published: new Date("2022-01-10T10:00:00Z"),
  updated: new Date("2022-01-11T10:00:00Z"),
  author: "Токаев",
  category: "Unproven",
};

describe("feeds", () => {
  it("escapes text and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(escapeXml("a\u0000b\u0008c")).toBe("abc");
  });

  it("writes RSS whose items carry the verdict as text, never as markup", () => {
    const rss = buildRss(info, [item]);
    expect(rss).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;20,000&quot; bandits</title>");
    expect(rss).toContain('<guid isPermaLink="true">https://f.example/claims/a&amp;b</guid>');
    expect(rss).toContain("<pubDate>Mon, 10 Jan 2022 10:00:00 GMT</pubDate>");
    expect(rss).not.toContain("\u0000");
  });

  it("writes Atom with ids, dates and authors", () => {
    const atom = buildAtom(info, [item]);
    expect(atom).toContain("<updated>2022-01-11T10:00:00.000Z</updated>");
    expect(atom).toContain("<author><name>Токаев</name></author>");
    expect(atom).toContain('<category term="Unproven"/>');
    expect(buildAtom(info, [])).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
  });
});
