/**
 * The language of a passage: Kyrgyz, Russian, English, Kazakh, "mixed" or "und". No library
 * tells Kyrgyz from Kazakh and Russian reliably on short news posts, so this scores letters
 * that only one of them uses (Kazakh ә ғ қ ұ һ і; Kyrgyz and Kazakh ң ө ү) and frequent words.
 */
export type Language = "ky" | "ru" | "en" | "kk" | "mixed" | "und";

const KY_WORDS = new Set(
  "жана менен боюнча деп бул ал алар үчүн эле дагы болуп болгон болот деди айтты билдирди тууралуу ошондой бирок азыр учурда анын кийин мурда чейин бар жок эмес керек экенин жатат жаткан өлкө адам шаар".split(" "),
);
const RU_WORDS = new Set(
  "и в на что не с по из за к от для это как также его их она они был была были будет уже после или но при о об все года который которые заявил сообщил город человек".split(" "),
);
const EN_WORDS = new Set("the and of to in a is was were that for on with by as at from said have has are it this".split(" "));
const KK_WORDS = new Set("және мен бойынша деп бұл үшін болды айтты қала адам жылы сондай".split(" "));

export function detectLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 3) return "und";
  const cyrillic = letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter)).length;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  const lower = text.toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  const count = (set: Set<string>) => words.filter((word) => set.has(word)).length;

  const kazakhLetters = (lower.match(/[әғқұһі]/gu) ?? []).length;
  const turkicLetters = (lower.match(/[ңөү]/gu) ?? []).length;
  const scores = {
    ky: count(KY_WORDS) * 2 + turkicLetters * 1.5 + (lower.match(/(?:дын|дин|нын|нин|тын|тин|тун|түн|нун|нүн|дун|дүн|дагы|деги|ынан|инен|уунун|ган|ген|шкан|шкен|ышты|ишти|ушту|үштү|нда|нде|ларды|лерди|дар|дер|тар|тер)(?!\p{L})/gu) ?? []).length,
    kk: count(KK_WORDS) * 2 + kazakhLetters * 3,
    ru: count(RU_WORDS) * 2 + (lower.match(/(?:ого|его|ому|ыми|ими|ение|ания|ться|тся|ный|ная|ное|ые)(?!\p{L})/gu) ?? []).length + (lower.match(/[ёъщэ]/gu) ?? []).length,
    en: count(EN_WORDS) * 2 + (latin > cyrillic ? latin / 10 : 0),
  };
  if (latin > cyrillic * 2) return scores.ru + scores.ky > scores.en ? "mixed" : "en";
  if (cyrillic === 0) return "und";
  const ranked = (Object.entries(scores) as [Exclude<Language, "mixed" | "und">, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] === 0) return "und";
  // A passage with Latin text and plenty of Cyrillic, or two languages scoring alike, is mixed.
  if (latin > cyrillic / 2 && latin > 20) return "mixed";
  // Mixed needs the second language's own function words, not only endings both share.
  const stopwordHits = { ky: count(KY_WORDS), kk: count(KK_WORDS), ru: count(RU_WORDS), en: count(EN_WORDS) };
  if (stopwordHits[second[0]] >= 3 && second[1] > best[1] * 0.5 && words.length > 12) return "mixed";
  return best[0];
}
