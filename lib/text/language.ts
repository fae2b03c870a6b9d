/**
 * The language of a passage: Kyrgyz, Russian, English, Kazakh, "mixed" or "und". No library
 * tells Kyrgyz from Kazakh and Russian reliably on short news posts, so this scores letters
 * that only one of them uses (Kazakh ә ғ қ ұ һ і; Kyrgyz and Kazakh ң ө ү) and frequent words.
 */
import { LETTER as LETTER_CLASS, runTexts } from "./char-classes";

export type Language = "ky" | "ru" | "en" | "kk" | "mixed" | "und";

const KY_WORDS = new Set(
  "жана менен боюнча деп бул ал алар үчүн эле дагы болуп болгон болот деди айтты билдирди тууралуу ошондой бирок азыр учурда анын кийин мурда чейин бар жок эмес керек экенин жатат жаткан өлкө адам шаар".split(" "),
);
const RU_WORDS = new Set(
  "и в на что не с по из за к от для это как также его их она они был была были будет уже после или но при о об все года который которые заявил сообщил город человек".split(" "),
);
const EN_WORDS = new Set("the and of to in a is was were that for on with by as at from said have has are it this".split(" "));
const KK_WORDS = new Set("және мен бойынша деп бұл үшін болды айтты қала адам жылы сондай".split(" "));

/** How many letters `text` has, and how many of them are Cyrillic and Latin: one pass, with the regular expressions asked only outside ASCII and the Cyrillic block. */
export function letterCounts(text: string): { letters: number; cyrillic: number; latin: number } {
  let letters = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        letters += 1;
        latin += 1;
      }
    } else if (code >= 0x400 && code <= 0x4ff) {
      // Every letter of the Cyrillic block is Cyrillic; its signs and combining marks are not letters.
      if (code <= 0x481 || code >= 0x48a) {
        letters += 1;
        cyrillic += 1;
      }
    } else {
      const point = text.codePointAt(at)!;
      const character = String.fromCodePoint(point);
      if (point > 0xffff) at += 1;
      if (!LETTER.test(character)) continue;
      letters += 1;
      if (CYRILLIC.test(character)) cyrillic += 1;
      else if (LATIN.test(character)) latin += 1;
    }
  }
  return { letters, cyrillic, latin };
}

const LETTER = /^\p{L}$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;

// Word endings typical of each language, counted at the end of words.
const KY_ENDINGS = endings("дын|дин|нын|нин|тын|тин|тун|түн|нун|нүн|дун|дүн|дагы|деги|ынан|инен|уунун|ган|ген|шкан|шкен|ышты|ишти|ушту|үштү|нда|нде|ларды|лерди|дар|дер|тар|тер");
const RU_ENDINGS = endings("ого|его|ому|ыми|ими|ение|ания|ться|тся|ный|ная|ное|ые");

function endings(list: string): { lastLetters: Set<string>; byLength: Map<number, Set<string>> } {
  const all = list.split("|");
  const byLength = new Map<number, Set<string>>();
  for (const ending of all) byLength.set(ending.length, (byLength.get(ending.length) ?? new Set()).add(ending));
  return { lastLetters: new Set(all.map((ending) => ending.at(-1)!)), byLength };
}

/** Whether `word` (a whole run of letters) ends in one of `list`: a match of `(?:…)(?!\\p{L})` ends at a word's end, once per word. */
function endsIn(word: string, list: ReturnType<typeof endings>): boolean {
  if (!list.lastLetters.has(word[word.length - 1])) return false;
  for (const [length, set] of list.byLength) if (word.length >= length && set.has(word.slice(word.length - length))) return true;
  return false;
}

/** How many of `text`'s letters only Kazakh uses (ә ғ қ ұ һ і), Kyrgyz and Kazakh use (ң ө ү), and Russian uses (ё ъ щ э): one pass. */
function lettersOf(text: string): { kazakh: number; turkic: number; russian: number } {
  const counts = { kazakh: 0, turkic: 0, russian: 0 };
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x449 || code > 0x4e9) continue;
    const letter = text[at];
    if ("әғқұһі".includes(letter)) counts.kazakh += 1;
    else if ("ңөү".includes(letter)) counts.turkic += 1;
    else if ("ёъщэ".includes(letter)) counts.russian += 1;
  }
  return counts;
}

export function detectLanguage(text: string): Language {
  const { letters, cyrillic, latin } = letterCounts(text);
  if (letters < 3) return "und";
  const lower = text.toLowerCase();
  const words = runTexts(lower, LETTER_CLASS);
  // How many of the words are each language's frequent words, and end as its words do, in one pass over them.
  const stopwordHits = { ky: 0, kk: 0, ru: 0, en: 0 };
  let kyEndings = 0;
  let ruEndings = 0;
  for (const word of words) {
    if (KY_WORDS.has(word)) stopwordHits.ky += 1;
    if (KK_WORDS.has(word)) stopwordHits.kk += 1;
    if (RU_WORDS.has(word)) stopwordHits.ru += 1;
    if (EN_WORDS.has(word)) stopwordHits.en += 1;
    if (endsIn(word, KY_ENDINGS)) kyEndings += 1;
    if (endsIn(word, RU_ENDINGS)) ruEndings += 1;
  }

  const only = lettersOf(lower);
  const scores = {
    ky: stopwordHits.ky * 2 + only.turkic * 1.5 + kyEndings,
    kk: stopwordHits.kk * 2 + only.kazakh * 3,
    ru: stopwordHits.ru * 2 + ruEndings + only.russian,
    en: stopwordHits.en * 2 + (latin > cyrillic ? latin / 10 : 0),
  };
  if (latin > cyrillic * 2) return scores.ru + scores.ky > scores.en ? "mixed" : "en";
  if (cyrillic === 0) return "und";
  const ranked = (Object.entries(scores) as [Exclude<Language, "mixed" | "und">, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] === 0) return "und";
  // A passage with Latin text and plenty of Cyrillic, or two languages scoring alike, is mixed.
  if (latin > cyrillic / 2 && latin > 20) return "mixed";
  // Mixed needs the second language's own function words, not only endings both share.
  if (stopwordHits[second[0]] >= 3 && second[1] > best[1] * 0.5 && words.length > 12) return "mixed";
  return best[0];
}
