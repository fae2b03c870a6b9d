import { describe, expect, it } from "vitest";
import { kyrgyzEnding } from "./kyrgyz-numerals";

describe("kyrgyzEnding", () => {
  it.each([
    [238, "dative", "ге"], // сегизге
    [225, "dative", "ке"], // бешке
    [10, "dative", "го"], // онго
    [30, "dative", "га"], // отузга
    [300, "dative", "гө"], // үч жүзгө
    [10_000, "dative", "ге"], // он миңге
    [2_000_000, "dative", "го"], // эки миллионго
    [3000, "ablative", "ден"], // үч миңден
    [100, "ablative", "дөн"], // жүздөн
    [164, "ablative", "төн"], // төрттөн
    [19, "ablative", "дан"], // тогуздан
  ] as const)("%d in the %s", (value, grammaticalCase, ending) => {
    expect(kyrgyzEnding(value, grammaticalCase)).toBe(ending);
  });
});
