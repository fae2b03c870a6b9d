import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALE_TAGS, LOCALES, type Locale } from "./locales";
import { CATALOGS } from "./messages";

// The catalogs are edited by translators, not programmers: this test is what stands between a
// broken placeholder and a broken page.

function flatten(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value as object, path)) out.set(inner, text);
  }
  return out;
}

/** The arguments a message prints as they are ("{name}") and those it only chooses by (plural, select). */
function argumentsOf(elements: MessageFormatElement[], printed = new Set<string>(), chosenBy = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) printed.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      chosenBy.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, printed, chosenBy);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, printed, chosenBy);
  }
  return { printed, chosenBy };
}

function pluralsOf(elements: MessageFormatElement[], found: { value: string; options: string[] }[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural && element.pluralType === "cardinal") found.push({ value: element.value, options: Object.keys(element.options) });
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) pluralsOf(option.value, found);
    if (element.type === TYPE.tag) pluralsOf(element.children, found);
  }
  return found;
}

// Arguments the code passes for one language's grammar only: Kyrgyz postpositions put the number
// in a case ("10 000ге жакын"), so the hedges receive the number's dative and ablative endings.
const GRAMMAR_ARGUMENTS: Record<string, string[]> = { dative: ["site.hedgeWords."], ablative: ["site.hedgeWords."] };

const english = flatten(CATALOGS.en);

describe("message catalogs", () => {
  it("hold hundreds of messages", () => {
    expect(english.size).toBeGreaterThan(300);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const catalog = flatten(CATALOGS[locale]);
      const categories = new Intl.PluralRules(LOCALE_TAGS[locale]).resolvedOptions().pluralCategories;

      it("has every key of the English catalog and no other", () => {
        expect([...english.keys()].filter((key) => !catalog.has(key))).toEqual([]);
        expect([...catalog.keys()].filter((key) => !english.has(key))).toEqual([]);
      });

      it("has no empty message", () => {
        expect([...catalog].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
      });

      it("compiles every message, and each uses the English one's arguments", () => {
        const problems: string[] = [];
        for (const [key, text] of catalog) {
          let elements: MessageFormatElement[];
          try {
            elements = parse(text);
            new IntlMessageFormat(text, LOCALE_TAGS[locale]);
          } catch (error) {
            problems.push(`${key}: does not compile (${(error as Error).message})`);
            continue;
          }
          const original = english.get(key);
          if (original === undefined) continue;
          const ours = argumentsOf(elements);
          const theirs = argumentsOf(parse(original));
          const known = new Set([...theirs.printed, ...theirs.chosenBy]);
          for (const name of [...ours.printed, ...ours.chosenBy]) {
            const grammar = GRAMMAR_ARGUMENTS[name]?.some((prefix) => key.startsWith(prefix));
            if (!known.has(name) && !grammar) problems.push(`${key}: {${name}} is not an argument the English message has`);
          }
          // A translation may leave out a number English only chooses a word by (Kyrgyz "адам");
          // never one English prints.
          for (const name of theirs.printed) if (!ours.printed.has(name)) problems.push(`${key}: {${name}} is missing`);
        }
        expect(problems).toEqual([]);
      });

      it(`gives every plural the ${locale} categories (${categories.join(", ")})`, () => {
        const problems: string[] = [];
        for (const [key, text] of catalog) {
          for (const plural of pluralsOf(parse(text))) {
            const missing = categories.filter((category) => !plural.options.includes(category));
            if (missing.length > 0) problems.push(`${key}: {${plural.value}, plural} lacks ${missing.join(", ")}`);
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});

describe("the catalog test", () => {
  it("catches a broken placeholder", () => {
    expect(() => parse("{name has no end")).toThrow();
  });

  it("knows Russian's one, few and many", () => {
    const categories = new Intl.PluralRules(LOCALE_TAGS.ru as string).resolvedOptions().pluralCategories;
    expect(categories).toEqual(expect.arrayContaining(["one", "few", "many", "other"]));
    const locale: Locale = "ru";
    const format = (n: number) => new IntlMessageFormat(CATALOGS[locale].site.claimsFound, LOCALE_TAGS[locale]).format({ n });
    expect([format(1), format(3), format(5), format(21)]).toEqual(["1 заявление", "3 заявления", "5 заявлений", "21 заявление"]);
  });
});
