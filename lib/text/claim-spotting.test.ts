import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clauses, spotCandidates } from "./claim-spotting";
import { evaluateSpotting, readLabelled } from "./claim-spotting-eval";
import { extractFigures } from "./numbers";

const spot = (text: string, language: string) => spotCandidates(text, extractFigures(text, language));
const best = (text: string, language: string) => Math.max(0, ...spot(text, language).map((candidate) => candidate.score));

describe("claim spotting", () => {
  it.each([
    ["en", "The health ministry said 164 people had died.", ["figure", "attribution", "named-source"]],
    ["en", "According to the interior ministry, 9,000 people were detained.", ["figure", "attribution", "named-source"]],
    ["ru", "Министр заявил, что погибли 164 человека.", ["figure", "attribution", "named-source"]],
    ["ru", "По данным МВД, задержаны 7939 человек.", ["figure", "attribution", "named-source"]],
    ["ru", "В полиции сообщили о гибели 18 сотрудников.", ["figure", "attribution"]],
    ["ky", "Ички иштер министрлигинин маалыматы боюнча, 3706 адам кармалды.", ["figure", "attribution", "named-source"]],
    ["ky", "Алматыга 20 миң бандит кол салды, деди Токаев.", ["figure", "attribution", "named-source", "charged-label"]],
    ["ky", "Министрлик 250 адам кармалганын билдирди.", ["figure", "attribution", "named-source"]],
  ])("reads the attribution forms (%s): %s", (language, text, reasons) => {
    const [candidate] = spot(text, language);
    expect(candidate.reasons).toEqual(expect.arrayContaining(reasons));
    expect(candidate.score).toBeGreaterThanOrEqual(0.5);
    expect(candidate.figures.length).toBeGreaterThan(0);
  });

  it("names the speaker as the text does, without the figure that follows", () => {
    expect(spot("Башкы прокуратура 225 сөөк моргго жеткирилгенин маалымдады.", "ky")[0].speaker).toBe("Башкы прокуратура");
    expect(spot("Nearly 10,000 people have now been detained, the interior ministry said.", "en")[0].speaker).toBe("interior ministry");
  });

  it.each([
    ["en", "The press conference will be held at 10:00 on Monday."],
    ["en", "January 5, 2022"],
    ["en", "What happens next?"],
    ["en", "Live: day three of the protests"],
    ["ru", "Пресс-конференция состоится в понедельник в 10:00."],
    ["ru", "Во вторник на севере страны ожидается снег."],
    ["ru", "Однако ситуация остаётся напряжённой."],
    ["ky", "Пресс-конференция дүйшөмбү күнү саат 10:00дө өтөт."],
    ["ky", "2022-жылдын 5-январы"],
    ["ky", "Мындан ары эмне болот?"],
  ])("offers no claim in dates, schedules and headlines without a statement (%s): %s", (language, text) => {
    expect(best(text, language)).toBeLessThan(0.5);
  });

  it("splits clauses at sentence ends, not inside numbers, abbreviations or addresses", () => {
    const text = "Ущерб составил 136,8 млрд тенге. По данным МВД, задержаны 15 тыс. человек; позже их отпустили. Подробнее на t.me/x.";
    expect(clauses(text).map((clause) => text.slice(clause.start, clause.end))).toEqual([
      "Ущерб составил 136,8 млрд тенге.",
      "По данным МВД, задержаны 15 тыс. человек;",
      "позже их отпустили.",
      "Подробнее на t.me/x.",
    ]);
  });

  it("meets its goals on the project's labelled set of 159 sentences in three languages", () => {
    const set = readLabelled(readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures/claim-spotting/labelled.tsv"), "utf8"));
    expect(set.length).toBeGreaterThanOrEqual(150);
    for (const language of ["ky", "ru", "en"]) expect(set.filter((item) => item.language === language).length).toBeGreaterThanOrEqual(50);
    const { precision, recall } = evaluateSpotting(set, 0.5);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.6);
  });

  it("never crashes, keeps spans in the text, sorted and apart, scores within 0 and 1, for any text", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(" said ", " заявил, что ", " деди.", "«цитата из речи»", " 20 миң ", " 7,939 ", ". ", "\n", "? ", "Ички иштер министрлиги", "все", "террористы", "https://t.me/x/1"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const found = spot(text, "mixed");
        let end = 0;
        for (const candidate of found) {
          if (candidate.start < end || candidate.end > text.length || candidate.start >= candidate.end) return false;
          if (text.slice(candidate.start, candidate.end) !== candidate.text) return false;
          if (candidate.score < 0 || candidate.score > 1) return false;
          end = candidate.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("reads an entry of 100,000 characters in linear time, and empty or number-only entries without a claim", () => {
    expect(spot("", "en")).toEqual([]);
    expect(spot("12 34 56 78", "en")).toEqual([]);
    expect(spot("https://t.me/channel/1 https://t.me/channel/2", "en")).toEqual([]);
    const sentence = "По данным МВД, задержаны 7939 человек. ";
    const time = (repeat: number) => {
      const text = sentence.repeat(repeat);
      const started = performance.now();
      const found = spot(text, "ru");
      return { ms: performance.now() - started, found: found.length };
    };
    time(200); // warm up
    const small = time(1_250); // 50,000 characters
    const large = time(2_500); // 100,000 characters
    expect(large.found).toBe(2_500);
    // Twice the text, not four times the time (a quadratic step would show here).
    expect(large.ms).toBeLessThan(small.ms * 3.5 + 50);
  });
});
