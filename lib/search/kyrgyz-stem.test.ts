import { describe, expect, it } from "vitest";
import { KYRGYZ_SUFFIXES, kyrgyzStem } from "./kyrgyz-stem";

describe("Kyrgyz stems by the project's suffix list", () => {
  it("takes off plural, possessive and case suffixes in any order of harmony", () => {
    const cases: [string, string][] = [
      ["бандиттер", "бандит"],
      ["бандиттердин", "бандит"],
      ["Токаевдин", "токаев"],
      ["адамдар", "адам"],
      ["шаарда", "шаар"],
      ["аскерлерге", "аскер"],
      ["президенттин", "президент"],
      ["өкмөттөн", "өкмөт"],
      ["кишилерди", "киши"],
      ["кырсыктан", "кырсык"],
      ["митингге", "митинг"],
    ];
    for (const [word, stem] of cases) expect(kyrgyzStem(word), word).toBe(stem);
  });

  it("leaves short words and stems whole: never less than three letters with a vowel", () => {
    for (const word of ["бандит", "эл", "өлгөн", "жок", "238", "police"]) expect(kyrgyzStem(word), word).toBe(word.toLowerCase());
    expect(kyrgyzStem("элдер")).toBe("элдер");
  });

  it("takes off one suffix of each kind, outermost first: a plural's stem keeps its last vowel", () => {
    expect(kyrgyzStem("кишилерди")).toBe("киши");
    expect(kyrgyzStem("Бишкектеги")).toBe("бишкек");
  });

  it("keeps its suffixes in Cyrillic lower case, longest first in each slot", () => {
    for (const slot of KYRGYZ_SUFFIXES) {
      expect(slot.every((suffix) => /^[а-яөүң]+$/u.test(suffix))).toBe(true);
      expect(slot.every((suffix, index) => index === 0 || slot[index - 1].length >= suffix.length)).toBe(true);
    }
  });
});
