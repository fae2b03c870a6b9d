import { describe, expect, it } from "vitest";
import { highlightTerms, searchTerms } from "./search";

describe("entry search terms", () => {
  it("takes words in any script and drops punctuation, operators and one-letter words", () => {
    expect(searchTerms("Токаев 20 миң, «бандит»!")).toEqual(["токаев", "20", "миң", "бандит"]);
    expect(searchTerms("'; DROP TABLE \"Entry\"; --")).toEqual(["drop", "table", "entry"]);
    expect(searchTerms("% _ a")).toEqual([]);
  });

  it("highlights every occurrence, whatever its case, as text parts", () => {
    expect(highlightTerms("Токаев: токаевдин сөзү", ["токаев"])).toEqual([
      { text: "Токаев", match: true },
      { text: ": ", match: false },
      { text: "токаев", match: true },
      { text: "дин сөзү", match: false },
    ]);
    expect(highlightTerms("<script>alert(1)</script>", ["script"]).map((part) => part.text).join("")).toBe("<script>alert(1)</script>");
  });
});
