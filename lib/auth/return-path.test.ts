import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/desk/claims/abc")).toBe("/desk/claims/abc");
    expect(safeReturnPath("/desk/entries?q=238#top")).toBe("/desk/entries?q=238#top");
  });
  it("ignores an outside address, however it is written", () => {
    for (const outside of ["https://evil.example/desk", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "", null, undefined, "desk"]) {
      expect(safeReturnPath(outside), String(outside)).toBe("/desk");
    }
  });
});
