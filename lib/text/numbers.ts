/**
 * Finds the figures in Kyrgyz, Russian and English text: digits (with case suffixes glued on,
 * "238ге", "3000ден"), number words ("жыйырма", "пять", "twenty"), scale words ("20 миң",
 * "$183 млн"), decimal commas, ranges and hedges ("около", "кеминде", "more than",
 * "отузга жакын"). Dates, years, clock times, list markers and names like "Ил-76" are not
 * figures. Every figure's span indexes the input: input.slice(start, end) === text.
 */
export type Hedge = "exact" | "approx" | "at_least" | "at_most" | "range" | "vague";

export type Figure = {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  hedge: Hedge;
  unit: string | null;
  start: number;
  end: number;
};

// ── Lexicons ────────────────────────────────────────────────────────────────────────────

const L = "\\p{L}";
const MONTHS =
  "январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|" +
  "январь|февраль|апрель|июнь|июль|сентябрь|октябрь|ноябрь|декабрь|" +
  "january|february|march|april|may|june|july|august|september|october|november|december|" +
  "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH_AFTER = new RegExp(`^[-\\s\\u00a0]?(?:${MONTHS})`, "iu");
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})[${"\\p{L}"}]*\\.?[\\s\\u00a0]$`, "iu");
const YEAR_AFTER = /^[-\s\u00a0]?(?:жыл|ж\.|год|гг?\.|year|yr)/iu;
const YEAR_BEFORE = /(?:\b(?:in|since|by|of|until|from)|(?<![\p{L}])(?:в|с|до|к|по))[\s\u00a0]$/iu;

// Kyrgyz case, plural and possessive endings that may follow a numeral ("238ге", "26сы", "жетөө").
const KY_SUFFIX =
  "(?:ге|ке|га|ка|го|ко|гө|кө|де|те|да|та|до|то|дө|тө|ден|тен|дан|тан|дон|тон|дөн|төн|" +
  "нин|дин|тин|нын|дын|тын|нун|дун|тун|нүн|дүн|түн|ни|ди|ти|ны|ды|ты|ну|ду|ту|нү|дү|тү|" +
  "сы|си|су|сү|ы|и|у|ү|дай|дей|дой|дөй|тай|тей|той|төй|ча|че|чо|чө|чамасы|" +
  "өө|оо|өөнү|оону|өөсү|оосу|өөнүн|оонун|өөгө|оого|өөдө|оодо|ндагы|ндеги|даган|деген)?";
const APPROX_SUFFIX = /^(?:дай|дей|дой|дөй|тай|тей|той|төй|ча|че|чо|чө|чамасы)$/u;

type WordNumber = { pattern: string; value: number; scale?: boolean; language?: "ky" | "ru" | "en" };

const WORD_NUMBERS: WordNumber[] = [
  // Kyrgyz. "бир" (one, also "a") counts only before a scale word or as "бирөө" (one of them).
  { pattern: "бирөө|бирөөнү|бирөөсү", value: 1 },
  { pattern: "эки|экөө", value: 2 },
  { pattern: "үч|үчөө", value: 3 },
  { pattern: "төрт|төртөө", value: 4 },
  { pattern: "беш|бешөө", value: 5 },
  { pattern: "алты|алтоо", value: 6 },
  { pattern: "жети|жетөө", value: 7 },
  { pattern: "сегиз|сегизөө", value: 8 },
  { pattern: "тогуз|тогузоо", value: 9 },
  // Russian "он" is "he": Kyrgyz ten counts only in text that is not Russian.
  { pattern: "он|ону|оной", value: 10, language: "ky" },
  { pattern: "жыйырма", value: 20 },
  { pattern: "отуз", value: 30 },
  { pattern: "кырк", value: 40 },
  { pattern: "элүү", value: 50 },
  { pattern: "алтымыш", value: 60 },
  { pattern: "жетимиш", value: 70 },
  { pattern: "сексен", value: 80 },
  { pattern: "токсон", value: 90 },
  { pattern: "жүз", value: 100, scale: true },
  { pattern: "миң", value: 1000, scale: true },
  // Russian, with the common inflections.
  { pattern: "один|одна|одно|одного|одной|одному", value: 1 },
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

const SCALES: { pattern: string; value: number }[] = [
  { pattern: `миң${KY_SUFFIX}`, value: 1e3 },
  { pattern: `жүз${KY_SUFFIX}`, value: 100 },
  { pattern: "тыс\\.|тысяча|тысячи|тысяч|тысячу|тысячами|тысячам", value: 1e3 },
  { pattern: "thousand", value: 1e3 },
  { pattern: "hundred", value: 100 },
  { pattern: "млн\\.?|миллион|миллиона|миллионов|million|mln", value: 1e6 },
  { pattern: "млрд\\.?|миллиард|миллиарда|миллиардов|billion|bn", value: 1e9 },
];

const VAGUE = [
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

const HEDGES_BEFORE: [RegExp, Hedge][] = [
  [/(?:не менее|как минимум|минимум|at least|no fewer than|no less than|кеминде)[\s\u00a0]+$/iu, "at_least"],
  [/(?:более чем|более|свыше|больше|more than|over|upwards of)[\s\u00a0]+$/iu, "at_least"],
  [/(?:не более|не больше|максимум|up to|at most|fewer than|less than|under|до)[\s\u00a0]+$/iu, "at_most"],
  [/(?:около|примерно|приблизительно|почти|порядка|about|around|approximately|roughly|nearly|almost|some|болжол менен|болжолдуу|дээрлик)[\s\u00a0]+$/iu, "approx"],
];
const HEDGES_AFTER: [RegExp, Hedge][] = [
  [/^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?(?:ашуун|ашык|ашкан|ашты|ашат)(?![\p{L}])/iu, "at_least"],
  [/^[\s\u00a0]+(?:жакын)(?![\p{L}])/iu, "approx"],
  [/^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?чейин(?![\p{L}])/iu, "at_most"],
  [/^[\s\u00a0]+or more(?![\p{L}])/iu, "at_least"],
];

const UNITS: [RegExp, string][] = [
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

// ── Helpers ─────────────────────────────────────────────────────────────────────────────

const wordNumberIndex = WORD_NUMBERS.map((word) => ({ ...word, regex: new RegExp(`^(?:${word.pattern})${KY_SUFFIX}$`, "iu") }));
const scaleIndex = SCALES.map((scale) => ({ value: scale.value, regex: new RegExp(`^(?:${scale.pattern})$`, "iu") }));
const KY_SUFFIX_ONLY = new RegExp(`^${KY_SUFFIX}$`, "u");
const APPROX_ENDING = /(?:дай|дей|дой|дөй|тай|тей|той|төй)$/u;
// Most words are not numerals: only words starting like one are tried against the lexicon.
const NUMERAL_STARTS = new Set(
  [...WORD_NUMBERS.flatMap((word) => word.pattern.split("|")), "бир", ...SCALES.flatMap((scale) => scale.pattern.replace(/\(\?:.*$/, "").split("|"))]
    .map((stem) => stem.replace(/\\/g, "").slice(0, 2).toLowerCase())
    .filter((start) => /^\p{L}{2}$/u.test(start)),
);
const scaleRegex = new RegExp(`^[\\s\\u00a0]*(?:${SCALES.map((scale) => scale.pattern).join("|")})(?![${L}])`, "iu");
const vagueRegex = new RegExp(`(?<![${L}])(?:${VAGUE.join("|")})(?![${L}])`, "giu");
const numberWordRegex = new RegExp(`(?<![${L}\\d-])[${L}]+`, "gu");

function scaleOf(word: string): number {
  for (const scale of scaleIndex) if (scale.regex.test(word)) return scale.value;
  return 1;
}

function wordValue(word: string, language?: string): WordNumber | null {
  for (const candidate of wordNumberIndex) {
    if (candidate.language && language && language !== candidate.language && language !== "mixed" && language !== "und") continue;
    if (candidate.regex.test(word)) return candidate;
  }
  return null;
}

/** Digits as people write them: "7,939", "10 000", "3,5", "1.2". */
function parseDigits(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (/^\d{1,3}(?:,\d{3})+$/.test(compact) && raw.includes(",") && !/^\d,\d{3}$/.test(compact) || /^\d{1,3}(?:,\d{3}){2,}$/.test(compact)) {
    return Number(compact.replace(/,/g, ""));
  }
  if (/^\d{2,3},\d{3}$/.test(compact) || /^\d,\d{3}$/.test(compact)) return Number(compact.replace(",", ""));
  if (/^\d+[.,]\d+$/.test(compact)) return Number(compact.replace(",", "."));
  if (/^\d+$/.test(compact)) return Number(compact);
  return null;
}

type Core = { start: number; end: number; value: number | null; hedge: Hedge; low?: number | null; high?: number | null };

function applyScale(text: string, core: Core): Core {
  const match = scaleRegex.exec(text.slice(core.end));
  if (!match || core.value === null) return core;
  const word = match[0].trim().toLowerCase();
  // "2 миңдей": the approximate suffix can sit on the scale word.
  const approx = /(?:дай|дей|дой|дөй|тай|тей|той|төй|чамасы)$/u.test(word);
  return { ...core, end: core.end + match[0].length, value: core.value * scaleOf(word), hedge: approx ? "approx" : core.hedge };
}

function isExcludedDigit(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const prev = text[start - 1] ?? "";
  // Names and codes: "Мир24", "Ил-76", "PSR1MAx", "COVID-19", URLs.
  if (/[\p{L}_/]/u.test(prev) || /[\p{L}]-$/u.test(before) || /[\p{L}\d]\.$/u.test(before) && !/\s$/.test(before)) return true;
  if (/^[A-Za-z]/.test(after)) return true;
  if (/^[:.]\d/.test(after) && /^[:]\d{2}/.test(after)) return true; // 16:00 (hours part)
  if (/\d:$/.test(before)) return true; // 16:00 (minutes part)
  if (/^-\d{2}-\d{2}/.test(after) || /\d{4}-(?:\d{2}-)?$/.test(before)) return true; // 2026-01-05
  if (/^\d{1,2}\.\d{2}\.\d{2,4}$/.test(raw + after.slice(0, 8).match(/^\.\d{2}\.\d{2,4}/)?.[0])) return true;
  if (/^[.]\d{2}\.\d{2,4}/.test(after) || /\d{1,2}\.\d{2}\.$/.test(before)) return true; // 05.01.2022
  if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true; // "5 января", "2-январда", "January 7"
  const value = Number(raw);
  if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) {
    if (YEAR_AFTER.test(after) || YEAR_BEFORE.test(before) || /^-\p{L}/u.test(after) || /^[\s\u00a0]*(?:[.,;)]|$)/u.test(after)) return true;
  }
  // Ordinals and adjectives: "10-летняя", "3-й", "1993-жылкы" (but "30-дай" is approximate).
  const hyphenWord = /^-(\p{L}+)/u.exec(after);
  if (hyphenWord && !APPROX_SUFFIX.test(hyphenWord[1])) return true;
  // List markers: "1. Саясий", "өзгөртүү2. Ар", "- 3. ".
  if (/^\.[\s\u00a0]*[\p{Lu}"«]/u.test(after) && /^\d{1,2}$/.test(raw) && (/(?:^|[\n:;]|[\p{L})"»][\s\u00a0]?|[-–•][\s\u00a0])$/u.test(before) || start === 0)) return true;
  if (/(?:№|No\.?|#)[\s\u00a0]?$/u.test(before)) return true;
  // Quoted names with a number: "Хабар 24", «Мир 24».
  if (/["«“]\p{Lu}[\p{L}-]*[\s\u00a0]$/u.test(before) && /^["»”]/u.test(after)) return true;
  return false;
}

function hedgeAround(text: string, core: Core): Core {
  if (core.hedge === "range" || core.hedge === "vague") return core;
  const before = text.slice(Math.max(0, core.start - 30), core.start);
  for (const [regex, hedge] of HEDGES_BEFORE) {
    const match = regex.exec(before);
    if (match && (core.start - match[0].length === 0 || !/[\p{L}]/u.test(text[core.start - match[0].length - 1]))) {
      return { ...core, start: core.start - match[0].length, hedge: core.hedge === "approx" ? "approx" : hedge };
    }
  }
  const after = text.slice(core.end, core.end + 40);
  for (const [regex, hedge] of HEDGES_AFTER) {
    const match = regex.exec(after);
    if (!match) continue;
    // "отузга жакын": the approximate postposition needs the dative on the number.
    if (hedge === "approx" && !/(?:га|ге|ка|ке|го|гө|ко|кө)$/u.test(text.slice(core.start, core.end))) continue;
    return { ...core, end: core.end + match[0].length, hedge };
  }
  return core;
}

function unitAfter(text: string, end: number, leading: string): string | null {
  if (leading === "$") return "USD";
  if (leading === "€") return "EUR";
  if (leading === "₸") return "KZT";
  const rest = text.slice(end, end + 40);
  if (/^[\s\u00a0]?%/.test(rest)) return "%";
  const word = /^[\s\u00a0]+([\p{L}]+\.?)/u.exec(rest)?.[1];
  if (!word) return null;
  for (const [regex, unit] of UNITS) if (regex.test(word)) return unit;
  return null;
}

function bounds(core: Core): { low: number | null; high: number | null } {
  if (core.hedge === "range") return { low: core.low ?? null, high: core.high ?? null };
  if (core.hedge === "at_least") return { low: core.value, high: null };
  if (core.hedge === "at_most") return { low: null, high: core.value };
  return { low: null, high: null };
}

// ── The scanner ─────────────────────────────────────────────────────────────────────────

const DIGITS = /(?<![\d,.])([$€₸][\s\u00a0]?)?(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)*)/gu;

/** `language` (ky, ru, en…) keeps words of one language from being read as numerals of another. */
export function extractFigures(text: string, language?: string): Figure[] {
  const cores: (Core & { leading: string })[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);

  // Vague quantities first, so their words are not read as numbers ("бир нече миң" is not 1000);
  // a scale word right after a number ("полторы тысячи") is dropped again below.
  const vague: Core[] = [];
  for (const match of text.matchAll(vagueRegex)) {
    vague.push({ start: match.index, end: match.index + match[0].length, value: null, hedge: "vague" });
    taken.push([match.index, match.index + match[0].length]);
  }
  const releaseVague = (start: number, end: number) => {
    for (const [index, span] of taken.entries()) if (span[0] === start && span[1] === end) taken.splice(index, 1);
    vague.splice(vague.findIndex((item) => item.start === start), 1);
  };
  const scaleVagueAfter = (end: number) => {
    const item = vague.find((candidate) => /^[\s\u00a0]+$/.test(text.slice(end, candidate.start)) && scaleRegex.test(text.slice(end)));
    if (item) releaseVague(item.start, item.end);
  };

  for (const match of text.matchAll(DIGITS)) {
    const leading = match[1] ?? "";
    let raw = match[2];
    const start = match.index + leading.length;
    // A thousands group must not swallow a following separate number ("2 3"): only groups of 3.
    if (/[\s\u00a0\u202f]/.test(raw) && !/^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+$/.test(raw)) raw = raw.split(/[\s\u00a0\u202f]/)[0];
    // A trailing sentence period is not a decimal point.
    raw = raw.replace(/[.,]+$/, "");
    const end = start + raw.length;
    if (overlaps(start, end) || isExcludedDigit(text, start, end, raw.replace(/[\s\u00a0\u202f]/g, ""))) continue;
    const value = parseDigits(raw);
    if (value === null) continue;
    let core: Core = { start, end, value, hedge: "exact" };
    // Case suffix glued on ("238ге", "26сы"); an approximate suffix makes it approximate ("30дай").
    const suffix = /^-?(\p{Ll}+)/u.exec(text.slice(end));
    if (suffix && KY_SUFFIX_ONLY.test(suffix[1])) {
      core = { ...core, end: end + suffix[0].length, hedge: APPROX_SUFFIX.test(suffix[1]) ? "approx" : "exact" };
    }
    // Ranges: "5-7 тысяч", "100–200".
    const range = /^[\s\u00a0]?[-–—][\s\u00a0]?(\d+(?:[.,]\d+)?)(?![\d:])/u.exec(text.slice(core.end));
    if (range && core.end === end) {
      const high = parseDigits(range[1]);
      if (high !== null && high > value) {
        core = { start, end: core.end + range[0].length, value: null, hedge: "range", low: value, high };
        core = applyScaleToRange(text, core);
        if (leading) core.start -= leading.length;
        cores.push({ ...core, leading });
        taken.push([core.start, core.end]);
        continue;
      }
    }
    if (core.end === end) {
      scaleVagueAfter(end);
      core = applyScale(text, core);
    }
    if (leading) core.start -= leading.length;
    cores.push({ ...core, leading });
    taken.push([core.start, core.end]);
  }

  // Number words, composed left to right: "эки жүз элүү", "жыйырма миң", "twenty thousand".
  const words = [...text.matchAll(numberWordRegex)];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    const lower = word[0].toLowerCase();
    if (!NUMERAL_STARTS.has(lower.slice(0, 2))) continue;
    const start = word.index;
    if (overlaps(start, start + word[0].length)) continue;
    let number = wordValue(lower, language);
    // "бир миң" / "бир жүз": one only counts before a scale word.
    const next = words[index + 1];
    const gapOk = (a: RegExpMatchArray, b: RegExpMatchArray | undefined) => b && /^[\s\u00a0]+$/.test(text.slice(a.index! + a[0].length, b.index));
    if (!number && lower === "бир" && gapOk(word, next) && /^(?:миң|жүз|миллион|миллиард)/u.test(next![0].toLowerCase())) {
      number = { pattern: "бир", value: 1 };
    }
    if (!number) continue;
    scaleVagueAfter(start + word[0].length);
    let total = 0;
    let current = number.value;
    let end = start + word[0].length;
    let cursor = index;
    while (gapOk(words[cursor], words[cursor + 1])) {
      const following = words[cursor + 1];
      const followingLower = following[0].toLowerCase();
      const scale = scaleOf(followingLower);
      const more = wordValue(followingLower, language);
      if (scale > 1 && (!more || more.scale)) {
        if (scale >= 1000) {
          total += current * scale;
          current = 0;
        } else current *= scale;
      } else if (more && !more.scale && more.value < current && current >= 10) {
        current += more.value;
      } else break;
      end = following.index! + following[0].length;
      cursor += 1;
    }
    total += current;
    const suffix = lower.match(APPROX_ENDING);
    cores.push({ start, end, value: total, hedge: suffix ? "approx" : "exact", leading: "" });
    taken.push([start, end]);
    index = cursor;
  }

  for (const item of vague) cores.push({ ...item, leading: "" });
  return cores
    .sort((a, b) => a.start - b.start)
    .map((core) => {
      const hedged = hedgeAround(text, core);
      const { low, high } = bounds(hedged);
      const value = hedged.hedge === "range" || hedged.hedge === "vague" ? null : hedged.value;
      return {
        text: text.slice(hedged.start, hedged.end),
        value,
        low,
        high,
        hedge: hedged.hedge,
        unit: unitAfter(text, core.end, core.leading.trim()) ?? unitAfter(text, hedged.end, ""),
        start: hedged.start,
        end: hedged.end,
      };
    });
}

function applyScaleToRange(text: string, core: Core): Core {
  const match = scaleRegex.exec(text.slice(core.end));
  if (!match) return core;
  const multiplier = scaleOf(match[0].trim().toLowerCase());
  return { ...core, end: core.end + match[0].length, low: (core.low ?? 0) * multiplier, high: (core.high ?? 0) * multiplier };
}
