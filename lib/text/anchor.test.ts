import { describe, expect, it } from "vitest";
import { anchorQuote, reanchor, similarity } from "./anchor";
import { slugify } from "./slug";

describe("anchorQuote", () => {
  const text = "Токаев said 20 миң. Later he said 20 миң again.";
  it("finds the quote with its context and offsets", () => {
    const anchor = anchorQuote(text, "20 миң");
    expect(anchor).toMatchObject({ exact: "20 миң", start: 12, end: 18, prefix: "Токаев said " });
    expect(text.slice(anchor!.start, anchor!.end)).toBe("20 миң");
  });
  it("prefers the occurrence nearest the selection", () => {
    expect(anchorQuote(text, "20 миң", 36)?.start).toBe(text.lastIndexOf("20 миң"));
  });
  it("returns null for a quote that is not in the text", () => {
    expect(anchorQuote(text, "30 миң")).toBeNull();
    expect(anchorQuote(text, "   ")).toBeNull();
  });
});

describe("slugify", () => {
  it("transliterates Kyrgyz, Kazakh and Russian", () => {
    expect(slugify("20,000 bandits attacked Almaty")).toBe("20-000-bandits-attacked-almaty");
    expect(slugify("Алматыга 20 миң бандит кол салды")).toBe("almatyga-20-ming-bandit-kol-saldy");
    expect(slugify("Тоқаев: ңөү")).toBe("toqaev-ngou");
    expect(slugify("!!!")).toBe("item");
  });
});

describe("reanchor", () => {
  const original = "The ministry said on Monday that 3,000 people were detained in Almaty. Lawyers disagreed.";
  const anchor = anchorQuote(original, "3,000 people were detained")!;

  it("keeps an anchor whose text has not moved", () => {
    expect(reanchor(original, anchor)).toMatchObject({ state: "EXACT", anchor: { start: anchor.start } });
  });
  it("follows the exact quote when text before it changes", () => {
    const edited = `Correction: ${original}`;
    const found = reanchor(edited, anchor);
    expect(found.state).toBe("EXACT");
    expect(edited.slice(found.anchor!.start, found.anchor!.end)).toBe("3,000 people were detained");
  });
  it("picks the repeat whose surroundings match the stored context", () => {
    const repeated = "Police: 3,000 people were detained in Almaty. The ministry said on Monday that 3,000 people were detained in Almaty.";
    const found = reanchor(repeated, anchor);
    expect(found.anchor!.start).toBe(repeated.lastIndexOf("3,000"));
  });
  it("finds an edited quote by the text around it", () => {
    const edited = original.replace("3,000 people were detained", "3,100 people were held");
    const found = reanchor(edited, anchor);
    expect(found).toMatchObject({ state: "POSITION", anchor: { exact: "3,100 people were held" } });
  });
  it("finds a lightly edited quote fuzzily when its surroundings changed too", () => {
    const edited = "Officials said 3,000 people were being detained on Monday; lawyers disagreed.";
    const found = reanchor(edited, anchor);
    expect(found.state).toBe("FUZZY");
    expect(found.anchor!.exact).toBe("3,000 people were being detained");
  });
  it("reports an orphan instead of guessing", () => {
    expect(reanchor("The entry was rewritten entirely about something else.", anchor)).toEqual({ anchor: null, state: "ORPHANED" });
  });
  it("scores similarity from 0 to 1", () => {
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("abcd", "wxyz")).toBe(0);
  });
});
