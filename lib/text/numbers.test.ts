import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures, type Figure } from "./numbers";

const brief = (figures: Figure[]) => figures.map(({ text, value, hedge, low, high }) => ({ text, value, hedge, low, high }));
const one = (text: string, language?: string) => {
  const figures = extractFigures(text, language);
  expect(figures, text).toHaveLength(1);
  return figures[0];
};

describe("digits", () => {
  it.each([
    ["Алматыда 3706 адам кармалды.", "3706", 3706],
    ["Каза болгондордун саны 238ге жетти.", "238ге", 238],
    ["Алардын 26сы набыт болду.", "26сы", 26],
    ["7,939 people were detained", "7,939", 7939],
    ["задержаны 10 000 человек", "10 000", 10000],
    ["учууга 3,5 саат калганда", "3,5", 3.5],
    ["a rise of 2.5 percent", "2.5", 2.5],
  ])("%s", (text, surface, value) => {
    expect(one(text)).toMatchObject({ text: surface, value, hedge: "exact" });
  });

  it("reads scale words and abbreviations", () => {
    expect(one("Алматыга 20 миң бандит кол салды")).toMatchObject({ text: "20 миң", value: 20000 });
    expect(one("около 1,2 тысячи дел")).toMatchObject({ text: "около 1,2 тысячи", value: 1200, hedge: "approx" });
    expect(one("ущерб 15 тыс. тенге")).toMatchObject({ text: "15 тыс.", value: 15000, unit: "KZT" });
    expect(one("бизнеске $183 млн зыян")).toMatchObject({ text: "$183 млн", value: 183e6, unit: "USD" });
    expect(one("бюджет 2 млрд сом")).toMatchObject({ text: "2 млрд", value: 2e9, unit: "KGS" });
    expect(one("3.5 million people")).toMatchObject({ value: 3.5e6, unit: "people" });
  });

  it("reads ranges", () => {
    expect(one("на площади 5-7 тысяч человек")).toMatchObject({ text: "5-7 тысяч", value: null, hedge: "range", low: 5000, high: 7000, unit: "people" });
    expect(one("between 100–200 people")).toMatchObject({ hedge: "range", low: 100, high: 200 });
  });
});

describe("reading mistakes found on real news texts", () => {
  it("reads no figure in words that only begin like a numeral («однако», «однажды», «одностороннее»)", () => {
    for (const text of ["Однако власти молчат.", "Однажды он это сказал.", "однако", "Одностороннее решение", "ОДНАКО"]) {
      expect(extractFigures(text, "ru"), text).toEqual([]);
    }
    // The Russian numeral itself, in its own forms, is still one.
    expect(one("одну из них задержали", "ru")).toMatchObject({ value: 1 });
    // Kyrgyz numerals keep their endings.
    expect(one("жетөө кармалды", "ky")).toMatchObject({ value: 7 });
  });

  it("takes a day before an abbreviated month for a date, not a figure", () => {
    expect(extractFigures("5 янв. задержаны", "ru")).toEqual([]);
    expect(extractFigures("к 5 янв задержаны", "ru")).toEqual([]);
    expect(extractFigures("10 дек. 2022", "ru")).toEqual([]);
    expect(extractFigures("on Jan 7", "en")).toEqual([]);
    // An abbreviation is a whole word: "5 маршрутов" and "10 marines" are figures.
    expect(one("5 маршрутов закрыты", "ru")).toMatchObject({ value: 5 });
    expect(one("10 marines landed", "en")).toMatchObject({ value: 10 });
  });

  it("keeps scaled decimals exact (decimal, not binary, arithmetic)", () => {
    expect(one("бюджет составил 136,8 млрд тенге", "ru")).toMatchObject({ text: "136,8 млрд", value: 136_800_000_000, unit: "KZT" });
    expect(one("2,35 млрд сом", "ru").value).toBe(2_350_000_000);
    expect(one("0.7 million people", "en").value).toBe(700_000);
    expect(one("1,1 тысячи", "ru").value).toBe(1100);
    expect(one("на 4,1-6,3 млн", "ru")).toMatchObject({ low: 4_100_000, high: 6_300_000 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        const figure = one(`${whole},${tenth} млрд`, "ru");
        return figure.value === (whole * 10 + tenth) * 100_000_000;
      }),
    );
  });
});

describe("number words", () => {
  it.each([
    ["жыйырма миң адам", 20000],
    ["жети тез жардам унаасы", 7],
    ["анын бешөө жарадар", 5],
    ["эки жүз элүү киши", 250],
    ["бир миң адам", 1000],
    ["погибли пять человек", 5],
    ["полторы тысячи задержанных", 1500],
    ["twenty thousand people", 20000],
    ["one million dollars", 1e6],
  ])("%s", (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it("reads Kyrgyz ten, but not the Russian pronoun", () => {
    expect(one("он адам кармалды", "ky").value).toBe(10);
    expect(extractFigures("он сказал, что все спокойно", "ru")).toEqual([]);
  });
});

describe("hedges", () => {
  it.each([
    ["отузга жакын адам чогулду", "отузга жакын", "approx", null, null],
    ["2 миңдей адам", "2 миңдей", "approx", null, null],
    ["около 5 тысяч человек", "около 5 тысяч", "approx", null, null],
    ["примерно 300 человек", "примерно 300", "approx", null, null],
    ["nearly 10,000 detained", "nearly 10,000", "approx", null, null],
    ["about 2,030 troops", "about 2,030", "approx", null, null],
    ["кеминде 238 адам", "кеминде 238", "at_least", 238, null],
    ["не менее 10 тысяч человек", "не менее 10 тысяч", "at_least", 10000, null],
    ["at least 164 people", "at least 164", "at_least", 164, null],
    ["3000ден ашуун тополоңчу", "3000ден ашуун", "at_least", 3000, null],
    ["100дөн ашык адам", "100дөн ашык", "at_least", 100, null],
    ["более 200 человек", "более 200", "at_least", 200, null],
    ["свыше 4 тысяч", "свыше 4 тысяч", "at_least", 4000, null],
    ["more than 18 officers", "more than 18", "at_least", 18, null],
    ["500гө чейин адам", "500гө чейин", "at_most", null, 500],
    ["до 120 тенге", "до 120", "at_most", null, 120],
    ["up to 300 people", "up to 300", "at_most", null, 300],
  ])("%s", (text, surface, hedge, low, high) => {
    expect(brief([one(text)])[0]).toMatchObject({ text: surface, hedge, low, high });
  });

  it("keeps vague quantities as hedged mentions without a value", () => {
    for (const text of ["бир нече миң адам чогулду", "миңдеген адамдар", "десятки задержанных", "сотни людей", "thousands of people", "несколько тысяч человек"]) {
      expect(one(text), text).toMatchObject({ value: null, hedge: "vague" });
    }
    expect(one("бир нече миң адам").text).toBe("бир нече миң");
  });
});

describe("not figures", () => {
  it.each([
    "1993-жылкы Конституцияны кайтаруу",
    "2-январда Жаңы-Өзөндө башталган",
    "19-январга чейин өзгөчө кырдаал",
    "11-январдагы жыйында",
    "5 января жители вышли",
    "On 7 January the president spoke",
    "January 7, the president spoke",
    "2022-жылдын башында",
    "в 2022 году",
    "date 2026-01-05",
    "05.01.2022 күнү",
    "(саат 16:00дөгү маалымат)",
    "саат 12:20га карата",
    "at 16:43 local time",
    "коюшту:1. Саясий режимди өзгөртүү2. Ар бир райондо",
    "- 3. Конституцияны кайтаруу",
    "Ил-76 учагы конду",
    "телеканала «Мир24» захвачено",
    '"Хабар 24" агенттиги',
    "Бирок, ал жакта абал туруктуу",
    "бул кадам үчүн жетишкен",
    "онлайн режиминде",
    "10-летняя годовщина",
    "pic.twitter.com/PSR1MAxZpY",
    "COVID-19 пандемиясы",
    "№ 5 приказ",
  ])("%s", (text) => {
    expect(brief(extractFigures(text))).toEqual([]);
  });

  it("still finds the figure beside a date or a time", () => {
    expect(brief(extractFigures("5-январга карата 190 адам жаракат алган"))).toEqual([{ text: "190", value: 190, hedge: "exact", low: null, high: null }]);
    expect(brief(extractFigures("3706 адамды кармады (саат 16:00дөгү маалымат)")).map((figure) => figure.value)).toEqual([3706]);
  });
});

describe("spans", () => {
  it("always point at the figure's text, for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        for (const figure of extractFigures(text)) {
          expect(text.slice(figure.start, figure.end)).toBe(figure.text);
          expect(figure.end).toBeGreaterThan(figure.start);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on text built from numerals, hedges and punctuation", () => {
    const pieces = ["20", " миң", "ге", "около ", "3,5", ":", "-", "–", "1.", " ", "жакын", "бир нече", "$", "%", "2022", "-январда", "тысяч", "\n", "«", "»", "Ил-", "ашуун"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const figure of extractFigures(text)) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
      }),
      { numRuns: 3000 },
    );
  });
});
