import { describe, expect, it } from "vitest";
import { corpusDocuments } from "../../tests/helpers/fixtures";
import { LETTER, letterBefore, NUMBER, partsHolding, runTexts } from "./char-classes";

// The table answers as the `u`-flag expressions it replaces, on every kind of character the parse meets.
const TRICKY = ["", "  ", "a", " 20 бандиттер\u00a0\u202f— «238» ", "tab\there\u2028line\u3000ideographic\ufeffbom", "𝐀𝐁 x \ud835 y \udc00", "2022-жылы, 5-январда", "—  …  ; 3.5"];
const texts = [...TRICKY, ...corpusDocuments().map((document) => document.bytes.toString("utf8"))];

describe("the characters' table", () => {
  it("counts the parts between white space that hold a letter or a number, as split and the expression do", () => {
    for (const text of texts) expect(partsHolding(text, LETTER | NUMBER), text.slice(0, 40)).toBe(text.split(/\s+/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length);
  });

  it("finds the runs of letters, as \\p{L}+ does", () => {
    for (const text of texts) expect(runTexts(text, LETTER), text.slice(0, 40)).toEqual(text.match(/\p{L}+/gu) ?? []);
  });

  it("tells whether a letter stands before a place, as (?<=\\p{L}) does, surrogate pairs included", () => {
    for (const text of TRICKY) {
      for (let at = 0; at <= text.length; at += 1) {
        const inPair = at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at]);
        if (!inPair) expect(letterBefore(text, at), `${JSON.stringify(text)} at ${at}`).toBe(/\p{L}$/u.test(text.slice(0, at)));
      }
    }
  });
});
