import { describe, expect, it } from "vitest";
import { corpusDocuments } from "../../tests/helpers/fixtures";
import { WordSearch } from "./word-search";

// The forms the parse searches for have this shape: words, phrases, stems with any ending.
const FORMS = "all|no one|none|bandits?|бандит\\p{L}*|все|всё|said|according to|тысячи(?! \\p{Lu})|(?:tens of )?thousands|kelvin";
const lookBehind = new RegExp(`(?<![\\p{L}])(?:${FORMS})(?![\\p{L}])`, "giu");
const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => [match.index, match[0]]);

describe("WordSearch", () => {
  const search = new WordSearch(FORMS);

  it.each([
    ["inside a word, then alone", "xbandits, bandits"],
    ["a form inside a longer form inside a word", "nonenone none"],
    ["a letter beyond the Basic Multilingual Plane before it", "𝐀bandits and 𝐀 bandits"],
    ["a lone surrogate before it", "\ud835bandits \udc00said"],
    ["cases folded as the expression folds them (long s, Kelvin sign, capitals)", "ſaid SAID Kelvin БАНДИТЫ Всё"],
    ["stems and look-aheads inside the forms", "бандитами тысячи Людей тысячи людей tens of thousands"],
    ["digits and hyphens are not letters", "20бандит все-таки 3all"],
    ["nothing", ""],
  ])("finds what the look-behind finds: %s", (_, text) => {
    expect(found(search.matches(text))).toEqual(found(text.matchAll(lookBehind)));
    expect(search.test(text)).toBe(lookBehind.test(text));
    lookBehind.lastIndex = 0;
  });

  it("finds what the look-behind finds in every corpus document", () => {
    for (const document of corpusDocuments()) {
      const text = document.bytes.toString("utf8");
      expect(found(search.matches(text)), document.name).toEqual(found(text.matchAll(lookBehind)));
    }
  });
});
