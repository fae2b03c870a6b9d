import { describe, expect, it } from "vitest";
import { compareFigure, pairQuery, passageFor, significantTerms } from "./suggest-terms";

const figure = (value: number, at: string | null, hedge: "EXACT" | "AT_LEAST" = "EXACT") => ({ value, low: null, high: null, hedge, at: at ? new Date(at) : null });

describe("suggestion terms", () => {
  it("keeps significant words and stems Cyrillic ones", () => {
    expect(significantTerms(["The ministry said 3,000 people were detained", "Ички иштер министрлиги 3706 адам кармалды"])).toEqual([
      "ministry", "people", "detained", "ички", "иштер", "минист", "адам", "кармал",
    ]);
  });
  it("asks for two terms together once there are three or more", () => {
    expect(pairQuery(["alpha", "beta"])).toBe("alpha:* | beta:*");
    expect(pairQuery(["a1", "b2", "c3"])).toBe("(a1:* & b2:*) | (a1:* & c3:*) | (b2:* & c3:*)");
    expect(pairQuery([])).toBeNull();
    expect(pairQuery(["it's", "&|!"])).toBe("its:*");
  });
  it("finds the sentence around a figure or with most shared terms", () => {
    const text = "Calm returned. The ministry said 3,000 were detained! Lawyers disagreed.";
    expect(passageFor(text, { span: { start: text.indexOf("3,000"), end: text.indexOf("3,000") + 5 } }).text).toBe("The ministry said 3,000 were detained!");
    expect(passageFor(text, { terms: ["lawyers"] })).toMatchObject({ text: "Lawyers disagreed.", start: text.indexOf("Lawyers") });
  });
});

describe("comparing figures", () => {
  it("reads the same value as support, another value that day as contradiction, and a later one as change", () => {
    expect(compareFigure(figure(164, "2022-01-09T10:00:00Z"), figure(164, "2022-01-09T18:00:00Z"))?.stance).toBe("SUPPORTS");
    expect(compareFigure(figure(164, "2022-01-09T10:00:00Z"), figure(225, "2022-01-09T18:00:00Z"))).toMatchObject({ stance: "CONTRADICTS", kind: "different-figure" });
    expect(compareFigure(figure(164, "2022-01-09T10:00:00Z"), figure(225, "2022-01-15T00:00:00Z"))).toMatchObject({ stance: "CONTEXT", kind: "figure-changed" });
    expect(compareFigure(figure(7939, null), figure(7000, null, "AT_LEAST"))?.stance).toBe("SUPPORTS");
  });
});

describe("what a reported figure says about the claim's, for every pair of hedges", () => {
  type Hedged = { value: number | null; low: number | null; high: number | null; hedge: "EXACT" | "APPROX" | "AT_LEAST" | "AT_MOST" | "RANGE" | "VAGUE"; hedgeWord?: string | null };
  const f = (hedge: Hedged["hedge"], value: number | null, hedgeWord: string | null = null, low: number | null = null, high: number | null = null): Hedged => ({ value, low, high, hedge, hedgeWord });
  const day = (iso: string | null) => (iso ? new Date(iso) : null);
  const CLAIM_DAY = "2022-01-11T09:00:00Z";
  const SAME_DAY = "2022-01-11T17:00:00Z";
  const EARLIER = "2022-01-10T12:00:00Z";
  const LATER = "2022-01-15T12:00:00Z";
  const judge = (claim: Hedged, other: Hedged, otherAt: string | null = SAME_DAY, claimAt: string | null = CLAIM_DAY) =>
    compareFigure({ ...claim, at: day(claimAt) }, { ...other, at: day(otherAt) });

  it("reads the issue's case right: 7,939 and 4,404 are earlier figures of 'nearly 10,000', never the same figure", () => {
    const nearly = f("APPROX", 10000, "nearly");
    expect(judge(nearly, f("EXACT", 7939), EARLIER)).toMatchObject({ kind: "earlier-figure", stance: "CONTEXT", reason: { key: "earlierFigure", values: { figure: "7,939", day: "2022-01-10" } } });
    expect(judge(nearly, f("EXACT", 4404), "2022-01-07T00:00:00Z")).toMatchObject({ kind: "earlier-figure", stance: "CONTEXT" });
    // The same day, they cannot both be right.
    expect(judge(nearly, f("EXACT", 7939))).toMatchObject({ kind: "different-figure", stance: "CONTRADICTS" });
    // Nearly 10,000 is a little under it, never over.
    expect(judge(nearly, f("EXACT", 9700))).toMatchObject({ stance: "SUPPORTS" });
    expect(judge(nearly, f("EXACT", 10500))).toMatchObject({ kind: "different-figure", stance: "CONTRADICTS" });
  });

  // [claim, other, kind on the same day, kind when the other is from an earlier day]
  const table: [string, Hedged, Hedged, string, string][] = [
    ["exact = exact", f("EXACT", 238), f("EXACT", 238), "same-figure", "same-figure"],
    ["exact ≠ exact", f("EXACT", 238), f("EXACT", 225), "different-figure", "earlier-figure"],
    ["exact within about", f("EXACT", 9900), f("APPROX", 10000, "about"), "consistent-figure", "earlier-figure"],
    ["about ≈ about", f("APPROX", 10000, "about"), f("APPROX", 9800, "about"), "same-figure", "same-figure"],
    ["about, far off", f("APPROX", 10000, "about"), f("APPROX", 5000, "about"), "different-figure", "earlier-figure"],
    ["nearly, with a figure just under", f("APPROX", 10000, "nearly"), f("EXACT", 9900), "consistent-figure", "earlier-figure"],
    ["nearly = nearly", f("APPROX", 10000, "nearly"), f("APPROX", 10000, "nearly"), "same-figure", "same-figure"],
    ["at least, with a figure above", f("AT_LEAST", 164, "at-least"), f("EXACT", 225), "consistent-figure", "earlier-figure"],
    ["at least, with a figure below", f("AT_LEAST", 164, "at-least"), f("EXACT", 26), "different-figure", "earlier-figure"],
    ["more than = more than", f("AT_LEAST", 3000, "more-than"), f("AT_LEAST", 3000, "more-than"), "same-figure", "same-figure"],
    ["exact, allowed by at least", f("EXACT", 7939), f("AT_LEAST", 7000, "at-least"), "consistent-figure", "earlier-figure"],
    ["up to, with a figure under", f("AT_MOST", 10000, "up-to"), f("EXACT", 7939), "consistent-figure", "earlier-figure"],
    ["up to, with a figure over", f("AT_MOST", 10000, "up-to"), f("EXACT", 12000), "different-figure", "earlier-figure"],
    ["at most and at least that meet", f("AT_MOST", 500, "at-most"), f("AT_LEAST", 500, "at-least"), "same-figure", "same-figure"],
    ["at most and at least apart", f("AT_MOST", 500, "at-most"), f("AT_LEAST", 900, "more-than"), "different-figure", "earlier-figure"],
    ["range holding the figure", f("RANGE", null, null, 5000, 7000), f("EXACT", 6000), "same-figure", "same-figure"],
    ["range, figure at its edge", f("RANGE", null, null, 5000, 7000), f("EXACT", 5000), "consistent-figure", "earlier-figure"],
    ["range, figure outside", f("RANGE", null, null, 5000, 7000), f("EXACT", 9000), "different-figure", "earlier-figure"],
  ];
  it.each(table)("%s", (_name, claim, other, sameDayKind, earlierKind) => {
    const stance = { "same-figure": "SUPPORTS", "consistent-figure": "SUPPORTS", "different-figure": "CONTRADICTS", "earlier-figure": "CONTEXT" } as const;
    expect(judge(claim, other)).toMatchObject({ kind: sameDayKind, stance: stance[sameDayKind as keyof typeof stance] });
    expect(judge(claim, other, EARLIER)).toMatchObject({ kind: earlierKind, stance: stance[earlierKind as keyof typeof stance] });
    // A later day that is not the same figure shows the figure changed: context, never support.
    if (sameDayKind !== "same-figure") expect(judge(claim, other, LATER)).toMatchObject({ kind: "figure-changed", stance: "CONTEXT" });
  });

  it("says nothing about a vague figure", () => {
    expect(judge(f("EXACT", 238), f("VAGUE", null))).toBeNull();
    expect(judge(f("VAGUE", null), f("EXACT", 238))).toBeNull();
  });
});
