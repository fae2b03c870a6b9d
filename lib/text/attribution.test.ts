import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributionPhrases } from "./attribution";

describe("attributionPhrases", () => {
  it.each([
    ["Nearly 10,000 people have now been detained, the interior ministry said on 11 January.", "interior ministry"],
    ["According to the health ministry, 164 people died.", "health ministry"],
    ["More than 200 were injured, said Kassym-Jomart Tokayev.", "Kassym-Jomart Tokayev"],
    ["The prosecutor general's office told reporters that 225 bodies had been delivered.", "prosecutor general's office"],
  ])("English: %s", (text, phrase) => {
    expect(attributionPhrases(text)).toContain(phrase);
  });

  it.each([
    ["По данным МВД, задержаны 7939 человек.", "МВД"],
    ["По словам Токаева, на Алматы напали 20 тысяч бандитов.", "Токаева"],
    ["Об этом сообщили в Генпрокуратуре.", "Генпрокуратуре"],
    ["Министр здравоохранения заявил, что погибли 164 человека.", "Министр здравоохранения"],
  ])("Russian: %s", (text, phrase) => {
    expect(attributionPhrases(text)).toContain(phrase);
  });

  it.each([
    ["Ички иштер министрлигинин маалыматы боюнча, 3706 адам кармалды.", "Ички иштер министрлигинин"],
    ["Алматыга 20 миң бандит кол салды, деди Токаев.", "Токаев"],
    ["Башкы прокуратура 225 сөөк морго жеткирилгенин билдирди.", "Башкы прокуратура"],
  ])("Kyrgyz: %s", (text, phrase) => {
    expect(attributionPhrases(text)).toContain(phrase);
  });

  it("finds no source in text that names none", () => {
    expect(attributionPhrases("Цена на сжиженный газ выросла вдвое.")).toEqual([]);
    expect(attributionPhrases("On 5 January protesters gathered in Almaty.")).toEqual([]);
    expect(attributionPhrases("He said it was over.")).toEqual([]);
  });

  it("never throws and stays within the text, whatever it is given", () => {
    const said = fc.constantFrom(" said", " заявил", " деди", ", according to", " по данным", ". ", ", ");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 30 }), said), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        return attributionPhrases(text).every((phrase) => text.replace(/\s+/gu, " ").includes(phrase));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => attributionPhrases(text).every((phrase) => phrase.length >= 2 && text.replace(/\s+/gu, " ").includes(phrase))),
      { numRuns: 300 },
    );
  });
});
