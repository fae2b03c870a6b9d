import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, sameOrigin } from "./headers";

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this request's nonce run, and no one frame the site", () => {
    const policy = contentSecurityPolicy("abc123");
    const directives = Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));
    expect(directives["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["form-action"]).toEqual(["'self'"]);
    expect(policy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("x", { development: true })).toContain("'unsafe-eval'");
  });

  it("uses a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("sameOrigin", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it("accepts only an Origin whose host is this site's", () => {
    expect(sameOrigin(headers({ origin: "https://factlog.example.org", host: "factlog.example.org" }))).toBe(true);
    expect(sameOrigin(headers({ origin: "https://factlog.example.org", host: "internal:3000", "x-forwarded-host": "factlog.example.org" }))).toBe(true);
    expect(sameOrigin(headers({ origin: "https://attacker.example", host: "factlog.example.org" }))).toBe(false);
    expect(sameOrigin(headers({ origin: "https://factlog.example.org.attacker.example", host: "factlog.example.org" }))).toBe(false);
    expect(sameOrigin(headers({ host: "factlog.example.org" }))).toBe(false);
    expect(sameOrigin(headers({ origin: "null", host: "factlog.example.org" }))).toBe(false);
    expect(sameOrigin(headers({ origin: "not a url", host: "factlog.example.org" }))).toBe(false);
  });
});
