import { describe, expect, it } from "vitest";
import { anchorQuote } from "./anchor";
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
