import { describe, expect, it } from "vitest";
import { corpusDocuments } from "../../tests/helpers/fixtures";
import { dedupeKey } from "./segment";

/** What a repeat's key is, as regular expressions: the definition dedupeKey computes by hand. */
function byExpressions(segment: { headline: string | null; text: string }): string {
  return `${segment.headline ?? ""} ${segment.text}`
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .replace(/^[\s\-–•*]+/gmu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Characters that try the edges: glued words, other scripts and cases, digits of other systems,
// a letter beyond the Basic Multilingual Plane and a lone surrogate, a capital whose lower case is
// two characters (İ), final sigma, bullets, and every kind of space and line break.
const ALPHABET = [..."aZяЖөҮңΣσİßǅ٣Ⅻ1 \t\n\r\u2028\u00a0-–•*.,«»\"'()"].concat(["𝐀", "𝑎", "\ud800", "😀", "\u0301"]);

function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe("the key that finds a post's repeats", () => {
  it("is what the regular expressions make of it, for text made of awkward characters", () => {
    const next = random(7);
    for (let sample = 0; sample < 5000; sample += 1) {
      const piece = () => Array.from({ length: Math.floor(next() * 30) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join("");
      const segment = { headline: next() < 0.3 ? piece() : null, text: piece() };
      expect(dedupeKey(segment), JSON.stringify(segment)).toBe(byExpressions(segment));
    }
  });

  it("is what the regular expressions make of it for every line of the corpus", () => {
    for (const document of corpusDocuments()) {
      for (const line of document.bytes.toString("utf8").split("\n")) {
        expect(dedupeKey({ headline: null, text: line })).toBe(byExpressions({ headline: null, text: line }));
      }
    }
  });

  it("takes glued words as two and ignores bullets, case and punctuation", () => {
    expect(dedupeKey({ headline: "Жаңы-Өзөн:", text: "• 238 адам набыт болгон…табооУчурда" })).toBe("жаңы өзөн 238 адам набыт болгон табоо учурда");
  });
});
