import { describe, expect, it } from "vitest";
import { highlightWords } from "./highlight";

describe("highlighting searched words", () => {
  it("marks each whole word that begins with a searched form, whatever its case, as text parts", () => {
    expect(highlightWords("Токаев: токаевдин сөзү", ["токаев"])).toEqual([
      { text: "Токаев", match: true },
      { text: ": ", match: false },
      { text: "токаевдин", match: true },
      { text: " сөзү", match: false },
    ]);
    expect(highlightWords("238 человек погибли", ["погиб"]).filter((part) => part.match).map((part) => part.text)).toEqual(["погибли"]);
  });

  it("does not mark a form inside a word, and keeps markup as text", () => {
    expect(highlightWords("неподпогибли", ["погиб"]).some((part) => part.match)).toBe(false);
    expect(highlightWords("<script>alert(1)</script>", ["script"]).map((part) => part.text).join("")).toBe("<script>alert(1)</script>");
  });

  it("leaves text whole when nothing is searched", () => {
    expect(highlightWords("Алматы", [])).toEqual([{ text: "Алматы", match: false }]);
  });
});
