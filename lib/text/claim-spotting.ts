/**
 * Claim spotting: the statements in a text worth checking, clause by clause, in Kyrgyz, Russian
 * and English. Each candidate is a span of the text with a score from 0 to 1 and the reasons
 * behind it: a figure about people, events or money; an attribution ("said", «заявил», «деди»,
 * "according to", «по данным», «… маалыматы боюнча»); a named source; quoted speech; absolute
 * wording ("never", «впервые», «эч качан»); a charged label ("terrorists", «бандиты», «террорчулар»).
 * Pure and linear in the text's length: no database (the speaker is the attribution's words;
 * matching them to speakers is the importer's).
 */
import { attributionPhrases } from "./attribution";
import { LETTER, NUMBER, partsHolding } from "./char-classes";
import { WordSearch } from "./word-search";

export type SpottingFigure = { start: number; end: number; value: number | null; unit: string | null; hedge: string };
export type Candidate = { start: number; end: number; text: string; score: number; reasons: ReasonCode[]; speaker: string | null; figures: number[] };
export type ReasonCode = "figure" | "attribution" | "named-source" | "quote" | "absolute" | "charged-label";

/** What an editor reads for each reason code. */
// Each reason's words for the desk: desk.candidates.reason.<code> in the message catalogs.
const WEIGHTS: Record<ReasonCode, number> = { figure: 0.35, attribution: 0.35, "named-source": 0.15, quote: 0.2, absolute: 0.25, "charged-label": 0.25 };
// Below this a clause is not offered at all; the desk's queue shows the rest by score.
const MIN_SCORE = 0.3;

const L = "\\p{L}";
const word = (forms: string) => new WordSearch(forms);

const ATTRIBUTION = word(
  [
    // English
    "said|says|told|tells|reported|reports|announced|stated|states|claimed|claims|confirmed|according to|alleged|insisted|warned|added",
    "described|called|labelled|labeled|branded|accused|denied|estimated|estimates",
    // Russian: verbs of saying in their forms, and the attribution phrases
    "заяв(?:ил|ила|или|ляет|ляют|ление)|сообщ(?:ил|ила|или|ает|ают|ается|ение)|отмети(?:л|ла|ли)|утвержда(?:ет|ют|л|ла|ли)|подчеркну(?:л|ла|ли)",
    "рассказа(?:л|ла|ли)|объяви(?:л|ла|ли)|уточни(?:л|ла|ли)|признал(?:а|и)?|по данным|по словам|по информации|по сведениям|по оценкам",
    "назва(?:л|ла|ли)|обвини(?:л|ла|ли)|опроверг(?:ла|ли)?|подтверди(?:л|ла|ли)|отмечается|говорится|указывается|считает|считают",
    // Kyrgyz: verbs of saying in their forms, and «… маалыматы боюнча», «… сөзүнө караганда»
    "деди|дешти|деген|билдирди|билдиришти|билдирген|маалымдады|маалымдашты|айтты|айтышты|айткан|жарыялады|белгиледи|кабарлады|ырастады",
    "маалыматы боюнча|маалыматына караганда|сөзүнө караганда|атады|айыптады|четке какты|белгиленет",
  ].join("|"),
);
// And «<who>-га ылайык» ("according to"): any word with a dative ending before «ылайык». Apart from
// the words above and asked only of a clause holding «ылайык»: as one of them, it was tried at
// every word of every clause, and took half the time of the whole test.
const ACCORDING_TO_KY = new RegExp(`(?<![${L}])\\p{L}+(?:сына|сине|суна|сүнө|на|не|га|ге) ылайык(?![${L}])`, "iu");
const YLAIYK = /ылайык/iu;
const isAttribution = (text: string) => ATTRIBUTION.test(text) || (YLAIYK.test(text) && ACCORDING_TO_KY.test(text));
const ABSOLUTE_SOURCE = [
  "all|every|everyone|never|always|none|nobody|no one|the first|the largest|the biggest|the worst|the only|entirely|completely|unprecedented",
  "все|всех|всё|весь|вся|всей|никогда|впервые|ни один|никто|всегда|полностью|крупнейш\\p{L}*|единственн\\p{L}*|беспрецедентн\\p{L}*",
  "баары|бардыгы|бардык|бүт|бүткүл|эч качан|эч ким|бир дагы|биринчи жолу|толугу менен|дайыма|эң чоң|эң ири|жалгыз",
].join("|");
// Every absolute word in a clause ("for the first time … on the whole territory"): each one counts.
const ABSOLUTE = word(ABSOLUTE_SOURCE);
const CHARGED = word(
  [
    "terrorists?|bandits?|extremists?|looters?|thugs|militants|traitors?|foreign[- ]trained|coup|invasion|massacre|genocide",
    "террорист\\p{L}*|бандит\\p{L}*|экстремист\\p{L}*|мародер\\p{L}*|мародёр\\p{L}*|боевик\\p{L}*|предател\\p{L}*|переворот\\p{L}*|резн\\p{L}*",
    "террорчу\\p{L}*|бандит\\p{L}*|экстремист\\p{L}*|талоончу\\p{L}*|чыккынчы\\p{L}*|төңкөрүш\\p{L}*",
  ].join("|"),
);
// Quoted speech of three words or more.
const QUOTED = /[«“"„]([^«»“”"„]{12,})[»”"“]/u;
// Announcements, schedules and questions state nothing checkable yet.
const NOT_A_STATEMENT = word(
  [
    "will be held|is scheduled|are scheduled|will take place|live updates|follow our|subscribe|read more|watch",
    "пройдет|пройдёт|состоится|состоятся|запланирован\\p{L}*|следите за|подписывайтесь|читайте также|смотрите",
    "өтөт|өткөрүлөт|пландалууда|жазылыңыз|окуңуз",
  ].join("|"),
);

// A source named by what it is rather than by name: "the interior ministry", «министр обороны».
const INSTITUTION = new RegExp(
  [
    "president|minist|premier|leader|official|deputy|office|police|government|court|regulator|company|agency|bank|party|committee|commission|service|union|council|organi[sz]ation|governor|mayor|prosecutor|spokes",
    "президент|премьер|депутат|лидер|министр|ведомств|полиц|правительств|суд|компани|агентств|банк|парти|комитет|комисси|служб|совет|организаци|аким|губернатор|прокур|пресс-секретар",
    "президент|депутат|министрлиг|министр|өкмөт|сот|прокуратур|компания|агенттик|банк|партия|комитет|комиссия|кызмат|кеңеш|уюм|аким|мэр",
  ].join("|"),
  "iu",
);

export type Clause = { start: number; end: number };

// The period of an abbreviation or a number does not end a clause ("15 тыс. человек", "3.5 million").
const ABBREVIATION = /(?:^|[\s(])(?:тыс|млн|млрд|г|гг|ул|им|т\.е|т\.к|mr|mrs|ms|dr|st|no|vs|etc|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|янв|фев|мар|апр|авг|сен|сент|окт|ноя|нояб|дек)$/iu;

/** The text's clauses: sentences (and semicolon-separated parts), trimmed, in order. Linear time. */
export function clauses(text: string): Clause[] {
  const found: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/u.test(text[from])) from += 1;
    while (to > from && /\s/u.test(text[to - 1])) to -= 1;
    if (to > from) found.push({ start: from, end: to });
    start = end;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "\n" || char === ";") {
      push(index + 1);
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?" && char !== "…") continue;
    // Runs of terminators and closing quotes end together.
    let end = index + 1;
    while (end < text.length && /[.!?…»”"')\]]/u.test(text[end])) end += 1;
    if (end < text.length && !/\s/u.test(text[end])) continue; // "3.5", "t.me/x", "1,2."
    if (char === ".") {
      const before = text.slice(Math.max(start, index - 8), index);
      const next = text.slice(end).trimStart()[0] ?? "";
      if (ABBREVIATION.test(before) && next && !/\p{Lu}/u.test(next)) continue;
    }
    push(end);
    index = end - 1;
  }
  push(text.length);
  return found;
}

/** Reads one clause: its reasons and speaker. */
function readClause(text: string): { reasons: ReasonCode[]; speaker: string | null; extra: number } {
  const reasons: ReasonCode[] = [];
  let extra = 0;
  if (isAttribution(text)) reasons.push("attribution");
  const [speaker] = attributionPhrases(text);
  if (speaker && /[\p{Lu}]/u.test(speaker)) reasons.push("named-source");
  else if (speaker && INSTITUTION.test(speaker)) reasons.push("named-source");
  if (QUOTED.test(text)) reasons.push("quote");
  const absolutes = new Set([...ABSOLUTE.matches(text)].map((match) => match[0].toLowerCase())).size;
  if (absolutes > 0) reasons.push("absolute");
  // A second absolute ("впервые … на всей территории") weighs as much again.
  if (absolutes > 1) extra += WEIGHTS.absolute;
  if (CHARGED.test(text)) reasons.push("charged-label");
  return { reasons, speaker: speaker ?? null, extra };
}

/** A figure worth checking: a count of people, money, a share, or any number of ten or more. */
function checkable(figure: SpottingFigure): boolean {
  if (figure.hedge === "vague" || figure.hedge === "VAGUE") return true;
  if (figure.unit && ["people", "USD", "KZT", "KGS", "RUB", "%"].includes(figure.unit)) return true;
  return figure.value !== null && figure.value >= 10;
}

/**
 * The candidates in `text`, sorted by start, never overlapping, each within the text. `figures`
 * are the text's figures (spans into `text`); a candidate lists the indexes of those it holds.
 */
export function spotCandidates(text: string, figures: SpottingFigure[] = []): Candidate[] {
  const candidates: Candidate[] = [];
  let next = 0;
  for (const clause of clauses(text)) {
    const body = text.slice(clause.start, clause.end);
    const words = partsHolding(body, LETTER | NUMBER);
    // Figures are in order: advance through them with the clauses (linear).
    while (next < figures.length && figures[next].end <= clause.start) next += 1;
    const held: number[] = [];
    for (let index = next; index < figures.length && figures[index].start < clause.end; index += 1) {
      if (figures[index].start >= clause.start && figures[index].end <= clause.end) held.push(index);
    }
    const { reasons, speaker, extra } = readClause(body);
    if (held.some((index) => checkable(figures[index]))) reasons.unshift("figure");
    if (reasons.length === 0) continue;
    let score = reasons.reduce((sum, reason) => sum + WEIGHTS[reason], extra);
    // A figure and who gave it, together, is the claim a fact-checker looks for first.
    if (reasons.includes("figure") && (reasons.includes("attribution") || reasons.includes("named-source"))) score += 0.15;
    if (words < 5) score -= 0.2;
    if (NOT_A_STATEMENT.test(body) || /\?\s*$/u.test(body)) score -= 0.3;
    score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
    if (score < MIN_SCORE) continue;
    candidates.push({ start: clause.start, end: clause.end, text: body, score, reasons, speaker, figures: held });
  }
  return candidates;
}
