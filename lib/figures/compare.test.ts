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
