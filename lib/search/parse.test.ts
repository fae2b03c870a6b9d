import { describe, expect, it } from "vitest";
import { parseSearch, requestedWords } from "./parse";

describe("reading a search query", () => {
  it("takes words in any script and drops punctuation, operators and one-letter words", () => {
    expect(parseSearch("Токаев 20 миң, бандит!").words).toEqual(["токаев", "20", "миң", "бандит"]);
    expect(parseSearch("'; DROP TABLE Entry; --").words).toEqual(["drop", "table", "entry"]);
    expect(parseSearch("% _ a & | ! :*")).toEqual({ words: [], phrases: [] });
  });

  it("keeps quoted words as phrases to match as written, in straight, angle or curly quotes", () => {
    expect(parseSearch('"238 человек погибли" Алматы')).toEqual({ words: ["алматы"], phrases: ["238 человек погибли"] });
    expect(parseSearch("«20 миң бандит» “state of emergency”")).toEqual({ words: [], phrases: ["20 миң бандит", "state of emergency"] });
    expect(parseSearch('"погибли"')).toEqual({ words: [], phrases: ["погибли"] });
    expect(requestedWords(parseSearch('"238 погибли" Алматы'))).toEqual(["алматы", "238", "погибли"]);
  });

  it("treats an unclosed quote as words, and bounds the request", () => {
    expect(parseSearch('"погибли 238')).toEqual({ words: ["погибли", "238"], phrases: [] });
    expect(parseSearch("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10").words).toHaveLength(8);
  });
});
