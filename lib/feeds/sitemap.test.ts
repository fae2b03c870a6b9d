import { describe, expect, it } from "vitest";
import { buildSitemapIndex, buildUrlset, parseSitemapName, sitemapNames } from "./sitemap";

describe("sitemaps", () => {
  it("splits verdicts into files the protocol allows", () => {
    expect(sitemapNames(0)).toEqual(["pages.xml", "claims-0.xml"]);
    expect(sitemapNames(25_000)).toEqual(["pages.xml", "claims-0.xml", "claims-1.xml", "claims-2.xml"]);
    expect(parseSitemapName("claims-2.xml")).toBe(2);
    expect(parseSitemapName("pages.xml")).toBe("pages");
    expect(parseSitemapName("../etc/passwd")).toBeNull();
    expect(parseSitemapName("claims-1e9.xml")).toBeNull();
  });

  it("lists each page in every language with its alternates, escaped", () => {
    const xml = buildUrlset([{ path: "/claims/a&b", modified: new Date("2022-01-10T00:00:00Z") }], (path) => `https://f.example${path}`);
    expect(xml).toContain("<loc>https://f.example/ru/claims/a&amp;b</loc>");
    expect(xml).toContain('hreflang="ky" href="https://f.example/ky/claims/a&amp;b"');
    expect(xml.match(/<url>/g)).toHaveLength(3);
    // A verdict not yet in Kyrgyz is listed, and named as an alternate, in English and Russian only.
    const partial = buildUrlset([{ path: "/claims/x", languages: ["en", "ru"] }], (path) => `https://f.example${path}`);
    expect(partial.match(/<url>/g)).toHaveLength(2);
    expect(partial).not.toContain("/ky/");
    expect(buildSitemapIndex(["https://f.example/sitemaps/pages.xml"])).toContain("<sitemap><loc>https://f.example/sitemaps/pages.xml</loc></sitemap>");
  });
});
