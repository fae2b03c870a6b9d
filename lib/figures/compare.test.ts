import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkParts, figureInterval, figuresAgree, findConflicts, type TimelinePoint } from "./compare";

const point = (id: string, value: number, hedge: TimelinePoint["hedge"] = "EXACT", at = "2022-01-10T12:00:00Z"): TimelinePoint => ({
  id,
  value,
  low: null,
  high: null,
  hedge,
  at: new Date(at),
});

describe("figure intervals", () => {
  it("reads hedges as the values they allow", () => {
    expect(figureInterval({ value: 30, low: null, high: null, hedge: "APPROX" })).toEqual({ low: 27, high: 33 });
    expect(figureInterval({ value: 3000, low: null, high: null, hedge: "AT_LEAST" })).toEqual({ low: 3000, high: Infinity });
    expect(figureInterval({ value: null, low: 10, high: 20, hedge: "RANGE" })).toEqual({ low: 10, high: 20 });
    expect(figureInterval({ value: null, low: null, high: null, hedge: "VAGUE" })).toBeNull();
  });
  it("agrees when the hedges overlap", () => {
    expect(figuresAgree(point("a", 10000, "AT_LEAST"), point("b", 12000))).toBe(true);
    expect(figuresAgree(point("a", 7939), point("b", 7939))).toBe(true);
    expect(figuresAgree(point("a", 164), point("b", 225))).toBe(false);
    expect(figuresAgree(point("a", 30, "APPROX"), point("b", 32))).toBe(true);
  });
});

describe("conflicts", () => {
  it("marks disagreeing figures for the same day only", () => {
    const conflicts = findConflicts([point("a", 164), point("b", 225), point("c", 238, "EXACT", "2022-12-20T00:00:00Z"), point("d", 150, "AT_LEAST")]);
    expect(conflicts).toEqual([{ day: "2022-01-10", ids: ["a", "b"] }]);
  });
});

describe("parts against totals", () => {
  it("adds 137 police and 53 civilians up to 190 injured", () => {
    const checks = checkParts([point("t", 190)], [
      { key: "police", label: "Police", points: [point("p", 137)] },
      { key: "civilians", label: "Civilians", points: [point("c", 53)] },
    ]);
    expect(checks).toEqual([{ day: "2022-01-10", total: 190, sum: 190, consistent: true, parts: [{ key: "police", label: "Police", value: 137 }, { key: "civilians", label: "Civilians", value: 53 }] }]);
  });
  it("flags parts that do not reach the total and skips days with a part missing", () => {
    const checks = checkParts([point("t", 190), point("t2", 200, "EXACT", "2022-01-11T00:00:00Z")], [
      { key: "police", label: "Police", points: [point("p", 137)] },
      { key: "civilians", label: "Civilians", points: [point("c", 43)] },
    ]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ sum: 180, consistent: false });
  });
});

describe("conflicts at scale", () => {
  it("marks exactly the figures that clash with another that day, in at most one pair each", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 50 }), fc.constantFrom("EXACT", "APPROX", "AT_LEAST", "AT_MOST", "VAGUE")), { maxLength: 40 }), (rows) => {
        const points = rows.map(([day, value, hedge], index) => point(`p${index}`, value, hedge as TimelinePoint["hedge"], `2022-01-0${day + 1}T12:00:00Z`));
        const flagged = new Set(findConflicts(points).flatMap((conflict) => conflict.ids));
        const clashing = new Set(
          points.filter((a) => points.some((b) => a !== b && a.at!.getTime() === b.at!.getTime() && figuresAgree(a, b) === false)).map((a) => a.id),
        );
        expect(flagged).toEqual(clashing);
        expect(findConflicts(points).length).toBeLessThanOrEqual(points.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives at most one pair per figure when thousands clash on one day", () => {
    const points = Array.from({ length: 6000 }, (_, index) => point(`p${index}`, 100 + (index % 900)));
    const conflicts = findConflicts(points);
    expect(conflicts.length).toBeLessThanOrEqual(6000);
    expect(new Set(conflicts.flatMap((conflict) => conflict.ids)).size).toBe(6000);
  });
});
