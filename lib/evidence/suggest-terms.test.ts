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
