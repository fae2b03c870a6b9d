/**
 * The words the figure reader and the date reader know, in Kyrgyz, Russian and English: one
 * place for each list, so a month or a hedge added here is known everywhere.
 */
import type { HedgeWord } from "./hedge-words";

// ── Months ─────────────────────────────────────────────────────────────────────────────

/**
 * Each month, January first: its Russian stem (every case, and Kyrgyz endings on it: "январда"),
 * its English name, and the abbreviations news texts use ("5 янв", "Jan 7").
 */
export const MONTHS: { stem: string; name: string; short: string[] }[] = [
  { stem: "январ", name: "january", short: ["jan", "янв"] },
  { stem: "феврал", name: "february", short: ["feb", "фев", "февр"] },
  { stem: "март", name: "march", short: ["mar", "мар"] },
  { stem: "апрел", name: "april", short: ["apr", "апр"] },
  { stem: "ма[йяюе]", name: "may", short: [] },
  { stem: "июн", name: "june", short: ["jun"] },
  { stem: "июл", name: "july", short: ["jul"] },
  { stem: "август", name: "august", short: ["aug", "авг"] },
  { stem: "сентябр", name: "september", short: ["sep", "sept", "сен", "сент"] },
  { stem: "октябр", name: "october", short: ["oct", "окт"] },
  { stem: "ноябр", name: "november", short: ["nov", "ноя", "нояб"] },
  { stem: "декабр", name: "december", short: ["dec", "дек"] },
];

/**
 * A month word at the start of the text: a stem with any ending, a name, or an abbreviation
 * that ends there (with or without its period), so "5 марта" and "5 мар." are dates and
 * "5 маршрутов" or "10 marines" are not.
 */
export const MONTH_WORD =
  `(?:(?:${MONTHS.map((month) => `${month.stem}|${month.name}`).join("|")})\\p{L}*` +
  `|(?:${MONTHS.flatMap((month) => month.short).join("|")})(?:\\.|(?![\\p{L}])))`;

/** The month (0 for January) of a word that MONTH_WORD matched, or null. */
export function monthOfWord(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, "");
  for (const [index, month] of MONTHS.entries()) {
    if (new RegExp(`^(?:${month.stem})`, "u").test(lower) || lower.startsWith(month.name) || month.short.includes(lower)) return index;
  }
  return null;
}

// ── Numerals ───────────────────────────────────────────────────────────────────────────

// Kyrgyz case, plural and possessive endings that may follow a numeral ("238ге", "26сы", "жетөө").
export const KY_SUFFIX =
  "(?:ге|ке|га|ка|го|ко|гө|кө|де|те|да|та|до|то|дө|тө|ден|тен|дан|тан|дон|тон|дөн|төн|" +
  "нин|дин|тин|нын|дын|тын|нун|дун|тун|нүн|дүн|түн|ни|ди|ти|ны|ды|ты|ну|ду|ту|нү|дү|тү|" +
  "сы|си|су|сү|ы|и|у|ү|дай|дей|дой|дөй|тай|тей|той|төй|ча|че|чо|чө|чамасы|" +
  "өө|оо|өөнү|оону|өөсү|оосу|өөнүн|оонун|өөгө|оого|өөдө|оодо|ндагы|ндеги|даган|деген)?";
export const APPROX_SUFFIX = /^(?:дай|дей|дой|дөй|тай|тей|той|төй|ча|че|чо|чө|чамасы)$/u;

/**
 * A number word. Kyrgyz numerals take Kyrgyz endings ("жетөө", "жыйырмага"); Russian and English
 * ones are listed with their own forms and take none, so "однако" is not "одна" + "ко".
 * `onlyIn`: a word read as a numeral only in text of that language (Russian "он" is "he").
 */
export type WordNumber = { pattern: string; value: number; scale?: boolean; kyrgyz?: boolean; onlyIn?: "ky" };

const ky = (pattern: string, value: number, extra: Partial<WordNumber> = {}): WordNumber => ({ pattern, value, kyrgyz: true, ...extra });

export const WORD_NUMBERS: WordNumber[] = [
  // Kyrgyz. "бир" (one, also "a") counts only before a scale word or as "бирөө" (one of them).
  ky("бирөө|бирөөнү|бирөөсү", 1),
  ky("эки|экөө", 2),
  ky("үч|үчөө", 3),
  ky("төрт|төртөө", 4),
  ky("беш|бешөө", 5),
  ky("алты|алтоо", 6),
  ky("жети|жетөө", 7),
  ky("сегиз|сегизөө", 8),
  ky("тогуз|тогузоо", 9),
  ky("он|ону|оной", 10, { onlyIn: "ky" }),
  ky("жыйырма", 20),
  ky("отуз", 30),
  ky("кырк", 40),
  ky("элүү", 50),
  ky("алтымыш", 60),
  ky("жетимиш", 70),
  ky("сексен", 80),
  ky("токсон", 90),
  ky("жүз", 100, { scale: true }),
  ky("миң", 1000, { scale: true }),
  // Russian, with the common inflections.
  { pattern: "один|одна|одно|одного|одной|одному|одну|одним", value: 1 },
  { pattern: "два|две|двух|двум|двумя", value: 2 },
  { pattern: "три|трёх|трех|трем|тремя", value: 3 },
  { pattern: "четыре|четырёх|четырех|четырьмя", value: 4 },
  { pattern: "пять|пяти|пятью", value: 5 },
  { pattern: "шесть|шести|шестью", value: 6 },
  { pattern: "семь|семи|семью", value: 7 },
  { pattern: "восемь|восьми", value: 8 },
  { pattern: "девять|девяти", value: 9 },
  { pattern: "десять|десяти", value: 10 },
  { pattern: "одиннадцать|одиннадцати", value: 11 },
  { pattern: "двенадцать|двенадцати", value: 12 },
  { pattern: "пятнадцать|пятнадцати", value: 15 },
  { pattern: "двадцать|двадцати", value: 20 },
  { pattern: "тридцать|тридцати", value: 30 },
  { pattern: "сорок|сорока", value: 40 },
  { pattern: "пятьдесят|пятидесяти", value: 50 },
  { pattern: "сто|ста", value: 100 },
  { pattern: "двести|двухсот", value: 200 },
  { pattern: "триста|трёхсот|трехсот", value: 300 },
  { pattern: "пятьсот|пятисот", value: 500 },
  { pattern: "полтора|полторы|полутора", value: 1.5 },
  // English.
  { pattern: "one", value: 1 },
  { pattern: "two", value: 2 },
  { pattern: "three", value: 3 },
  { pattern: "four", value: 4 },
  { pattern: "five", value: 5 },
  { pattern: "six", value: 6 },
  { pattern: "seven", value: 7 },
  { pattern: "eight", value: 8 },
  { pattern: "nine", value: 9 },
  { pattern: "ten", value: 10 },
  { pattern: "eleven", value: 11 },
  { pattern: "twelve|dozen", value: 12 },
  { pattern: "fifteen", value: 15 },
  { pattern: "twenty", value: 20 },
  { pattern: "thirty", value: 30 },
  { pattern: "forty", value: 40 },
  { pattern: "fifty", value: 50 },
  { pattern: "hundred", value: 100, scale: true },
];

/** Scale words after a number ("20 миң", "$183 млн"); every scale is a power of ten. */
export const SCALES: { pattern: string; exponent: number }[] = [
  { pattern: `миң${KY_SUFFIX}`, exponent: 3 },
  { pattern: `жүз${KY_SUFFIX}`, exponent: 2 },
  { pattern: "тыс\\.|тысяча|тысячи|тысяч|тысячу|тысячами|тысячам", exponent: 3 },
  { pattern: "thousand", exponent: 3 },
  { pattern: "hundred", exponent: 2 },
  { pattern: "млн\\.?|миллион|миллиона|миллионов|million|mln", exponent: 6 },
  { pattern: "млрд\\.?|миллиард|миллиарда|миллиардов|billion|bn", exponent: 9 },
];

/** Quantities with no number: "бир нече миң", "десятки", "thousands". */
export const VAGUE = [
  "бир нече миң\\p{L}*",
  "бир нече жүз\\p{L}*",
  "бир нече он\\p{L}*",
  "миңдеген",
  "жүздөгөн",
  "ондогон",
  "несколько (?:тысяч|сотен|десятков|миллионов)",
  "десятк(?:и|ов|ам|ами|ах)|сотн(?:и|ям|ями|ях)|сотен|тысячи(?! \\p{Lu})",
  "several (?:thousand|hundred|dozen)",
  "(?:tens of )?thousands|hundreds|dozens|millions",
];

// ── Hedges and units ───────────────────────────────────────────────────────────────────

/** Hedge words before a number, each with the word's key ("nearly" is not "up to"). */
export const HEDGES_BEFORE: [RegExp, HedgeWord][] = [
  // Longer phrases first: "не более" is at most, "более" alone more than.
  [/(?:не менее|как минимум|минимум|at least|no fewer than|no less than|кеминде)[\s\u00a0]+$/iu, "at-least"],
  [/(?:не более|не больше|максимум|at most|no more than)[\s\u00a0]+$/iu, "at-most"],
  [/(?:более чем|более|свыше|больше|more than|over|upwards of)[\s\u00a0]+$/iu, "more-than"],
  [/(?:менее|меньше|fewer than|less than|under)[\s\u00a0]+$/iu, "less-than"],
  [/(?:up to|до)[\s\u00a0]+$/iu, "up-to"],
  [/(?:почти|nearly|almost|close to|дээрлик)[\s\u00a0]+$/iu, "nearly"],
  [/(?:около|примерно|приблизительно|порядка|about|around|approximately|roughly|some|болжол менен|болжолдуу)[\s\u00a0]+$/iu, "about"],
];
/** Kyrgyz postpositions after a number: "3000ден ашуун", "отузга жакын", "500гө чейин". */
export const HEDGES_AFTER: [RegExp, HedgeWord][] = [
  [/^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?(?:ашуун|ашык|ашкан|ашты|ашат)(?![\p{L}])/iu, "more-than"],
  [/^[\s\u00a0]+(?:жакын)(?![\p{L}])/iu, "nearly"],
  [/^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?чейин(?![\p{L}])/iu, "up-to"],
  [/^[\s\u00a0]+or more(?![\p{L}])/iu, "at-least"],
];

export const UNITS: [RegExp, string][] = [
  [/^(?:адам|киши|человек|чел\.|people|persons?|individuals?)/iu, "people"],
  [/^(?:доллар|долл\.|dollars?|usd)/iu, "USD"],
  [/^(?:тенге|теңге|tenge|kzt)/iu, "KZT"],
  [/^(?:сом|soms?)/iu, "KGS"],
  [/^(?:рубл|rubles?|roubles?)/iu, "RUB"],
  [/^(?:процент|пайыз|percent|per cent)/iu, "%"],
  [/^(?:саат|час|hours?)/iu, "hours"],
  [/^(?:күн|дн|день|days?)/iu, "days"],
  [/^(?:км|километр|kilometres?|kilometers?|km)/iu, "km"],
];
