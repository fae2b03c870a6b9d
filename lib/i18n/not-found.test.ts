import { describe, expect, it } from "vitest";
import { isNotFoundPagePath, notFoundFor, notFoundPagePath } from "./not-found";

describe("the not-found page for a missing address", () => {
  it("speaks the address's language and names what is missing", () => {
    expect(notFoundFor("/ru/claims/no-such-claim")).toEqual({ locale: "ru", kind: "claims" });
    expect(notFoundFor("/ky/speakers/x")).toEqual({ locale: "ky", kind: "speakers" });
    expect(notFoundFor("/claims/x")).toEqual({ locale: "en", kind: "claims" });
    expect(notFoundFor("/sources/x")).toEqual({ locale: "en", kind: "sources" });
    expect(notFoundFor("/ru/quantities/x")).toEqual({ locale: "ru", kind: "quantities" });
  });

  it("calls anything else a page, in English where the address names no language", () => {
    expect(notFoundFor("/")).toEqual({ locale: "en", kind: "page" });
    expect(notFoundFor("/no/such/thing")).toEqual({ locale: "en", kind: "page" });
    expect(notFoundFor("/ky/page/x")).toEqual({ locale: "ky", kind: "page" });
    expect(notFoundPagePath("/ky/nothing")).toBe("/ky/not-found-page/page");
    expect(notFoundPagePath("/claims/x")).toBe("/not-found-page/claims");
  });

  it("knows its own pages, so they are always sent as 404s", () => {
    expect(isNotFoundPagePath("/ru/not-found-page/claims")).toBe(true);
    expect(isNotFoundPagePath("/not-found-page/page")).toBe(true);
    expect(isNotFoundPagePath("/claims/not-found-page")).toBe(false);
  });
});
