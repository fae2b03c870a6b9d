/**
 * A Kyrgyz word's stem for search, by the suffix list the project keeps. Kyrgyz builds a word by
 * adding suffixes in a fixed order (stem, plural, possessive, case: бандит-тер-ди-н), each in
 * several forms by vowel harmony and the sound before it. PostgreSQL has no Kyrgyz stemmer, so a
 * search word is cut back to its stem here and matched as a prefix of the words as written:
 * «бандиттер» and «бандиттердин» find «бандит», «Токаевдин» finds «Токаев».
 *
 * The rule: from the end, in the order the suffixes are added backwards (a postposition written
 * onto the word, then case, possessive, plural), take off at most one of each, the longest that
 * fits, while what remains keeps at least three letters and a vowel. Short words are left whole,
 * so a root is never cut into a prefix of many unrelated words. Verb endings are left out on
 * purpose: they overlap the nominal ones and would cut nouns short.
 */

// Plural: -лар after vowels and р/й, -дар after voiced consonants, -тар after voiceless ones.
const PLURAL = ["лар", "лер", "лор", "лөр", "дар", "дер", "дор", "дөр", "тар", "тер", "тор", "төр"];
// Genitive, accusative, dative, locative, ablative; -нда/-ндан after a possessive.
const CASES = [
  "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
  "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү",
  "га", "ге", "го", "гө", "ка", "ке", "ко", "кө", "на", "не", "но", "нө",
  "да", "де", "до", "дө", "та", "те", "то", "тө", "нда", "нде", "ндо", "ндө",
  "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн", "ндан", "нден", "ндон", "ндөн",
];
// Possessive (my, your, his/her/its, our): -ы after consonants, -сы after vowels.
const POSSESSIVE = ["сы", "си", "су", "сү", "ым", "им", "ум", "үм", "ың", "иң", "уң", "үң", "ыбыз", "ибиз", "убуз", "үбүз", "ы", "и", "у", "ү"];
// Instrumental postposition written onto the word, and "-дагы" (the one in ...).
const OTHERS = ["менен", "мене", "дагы", "деги", "догу", "дөгү", "тагы", "теги", "тогу", "төгү"];

const longestFirst = (suffixes: string[]) => [...new Set(suffixes)].sort((a, b) => b.length - a.length);

/** The suffixes in the order they are taken off, each slot longest first (exported for its test). */
export const KYRGYZ_SUFFIXES: readonly (readonly string[])[] = [OTHERS, CASES, POSSESSIVE, PLURAL].map(longestFirst);

const VOWEL = /[аеёиоөуүыэюя]/u;
const MIN_STEM = 3;

export function kyrgyzStem(word: string): string {
  let stem = word.toLowerCase();
  for (const slot of KYRGYZ_SUFFIXES) {
    const suffix = slot.find((candidate) => {
      if (!stem.endsWith(candidate)) return false;
      const rest = stem.slice(0, -candidate.length);
      return rest.length >= MIN_STEM && VOWEL.test(rest);
    });
    if (suffix) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
