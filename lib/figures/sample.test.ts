import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleTimeline } from "./sample";

type Point = { id: string; at: Date | null; value: number; low: null; high: null; hedge: "EXACT"; kind: "entry" | "claim" };
const point = (index: number, kind: "entry" | "claim" = "entry"): Point => ({ id: `p${index}`, at: new Date(Date.UTC(2022, 0, 1) + index * 3_600_000), value: index, low: null, high: null, hedge: "EXACT", kind });

describe("sampleTimeline", () => {
  it("returns a short timeline unchanged", () => {
    const points = [point(1), point(2)];
    expect(sampleTimeline(points, 60)).toBe(points);
  });

  it("keeps the marked figure, every claim, the first and the last, in order", () => {
    const points = Array.from({ length: 1000 }, (_, index) => point(index, index % 100 === 7 ? "claim" : "entry"));
    const sample = sampleTimeline(points, 60, "p500");
    expect(sample).toHaveLength(60);
    const ids = sample.map((each) => each.id);
    expect(ids).toContain("p500");
    for (let index = 7; index < 1000; index += 100) expect(ids).toContain(`p${index}`);
    expect(ids[0]).toBe("p0");
    expect(ids[ids.length - 1]).toBe("p999");
    expect(sample.map((each) => each.value)).toEqual([...sample.map((each) => each.value)].sort((a, b) => a - b));
  });

  it("never returns more than the limit or a figure twice", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 50 }), (size, limit, claimEvery) => {
        const points = Array.from({ length: size }, (_, index) => point(index, index % claimEvery === 0 ? "claim" : "entry"));
        const sample = sampleTimeline(points, limit, size ? `p${size - 1}` : undefined);
        return sample.length === Math.min(size, limit) && new Set(sample.map((each) => each.id)).size === sample.length;
      }),
      { numRuns: 1000 },
    );
  });
});
