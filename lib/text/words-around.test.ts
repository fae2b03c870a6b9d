import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsAround } from "./words-around";

describe("wordsAround", () => {
  it("gives the sentence that holds a bare figure", () => {
    const text = "Officials spoke in Almaty. On 8 January 26 people were reported killed in the unrest. Calm returned later.";
    expect(wordsAround(text, text.indexOf("26"), 2)).toBe("On 8 January 26 people were reported killed in the unrest.");
  });
  it("keeps a decimal inside its sentence and cuts a long one around the figure", () => {
    const text = "Ущерб составил 136,8 млрд тенге.";
    expect(wordsAround(text, text.indexOf("136,8"), 5)).toBe(text);
    const long = `${"word ".repeat(60)}164 people ${"more ".repeat(60)}`;
    const shown = wordsAround(long, long.indexOf("164"), 3, 80);
    expect(shown).toContain("164 people");
    expect(shown.startsWith("…") && shown.endsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(90);
  });
  it("always holds the span it was given", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.nat({ max: 10 }), (text, at, length) => {
        const start = text.length ? at % text.length : 0;
        const span = text.slice(start, Math.min(text.length, start + length)).trim();
        return wordsAround(text, start, Math.min(length, text.length - start)).includes(span);
      }),
    );
  });
});
