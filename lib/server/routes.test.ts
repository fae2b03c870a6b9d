import { describe, expect, it } from "vitest";
import { isBuildFile, sideOf } from "./routes";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers });

describe("which process answers a request", () => {
  it("sends the newsroom's addresses to the desk", () => {
    for (const url of ["/desk", "/desk/claims/abc?tab=evidence", "/signin", "/signin?callbackUrl=%2Fdesk", "/api/auth/session", "/api/desk/claims", "/api/imports", "/api/v1/desk/claims/x/publish"]) {
      expect(sideOf(request(url)), url).toBe("desk");
    }
  });

  it("sends every server action to the desk, whatever page it is posted to", () => {
    expect(sideOf(request("/", { "next-action": "7f3a" }, "POST"))).toBe("desk");
    expect(sideOf(request("/ru/claims/x", { "next-action": "7f3a" }, "POST"))).toBe("desk");
  });

  it("sends the public site, its API and feeds to the readers, even where a name starts like a desk path", () => {
    for (const url of ["/", "/ru/claims/x", "/claims/desk-of-the-president", "/deskwork", "/signing-ceremony", "/api/v1/claims", "/api/health", "/feed.xml", "/sitemap.xml", "/exports/claims.csv"]) {
      expect(sideOf(request(url)), url).toBe("readers");
    }
  });

  it("knows the build's own files", () => {
    expect(isBuildFile("/_next/static/chunks/a.js")).toBe(true);
    expect(isBuildFile("/_next/data/x.json")).toBe(false);
    expect(isBuildFile("/claims/_next")).toBe(false);
  });
});
