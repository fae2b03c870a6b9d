import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio, readableLabelColours } from "./contrast";

describe("verdict label colours", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("keeps a colour that already reads and darkens one that does not", () => {
    expect(readableLabelColours("#cf222e")).toEqual({ background: "#cf222e", text: "#ffffff" });
    expect(readableLabelColours("#f6e05e").text).toBe("#1f2328");
    const green = readableLabelColours("#4d8a1f");
    expect(green.background).not.toBe("#4d8a1f");
    expect(contrastRatio(green.background, green.text)).toBeGreaterThanOrEqual(4.5);
  });

  it("always returns a pair that reaches 4.5:1", () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);
    fc.assert(
      fc.property(hex, (colour) => {
        const pair = readableLabelColours(colour);
        return contrastRatio(pair.background, pair.text) >= 4.5;
      }),
      { numRuns: 2000 },
    );
  });
});
