import "server-only";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { kyrgyzStem } from "./kyrgyz-stem";
import { isEmptySearch, requestedWords, type SearchRequest } from "./parse";

/**
 * A search request turned into what the search vectors are asked (see the search_word_forms
 * migration): each word by its forms, each phrase as written.
 *
 * A word's forms: the word itself and its stem by PostgreSQL's own Snowball stemmer (Russian for
 * Cyrillic, English for Latin: the index holds the same stems), matched exactly; and, for a
 * Cyrillic word, its Kyrgyz stem by the project's suffix list, matched as a word prefix (the
 * index holds Kyrgyz words only as written). Exact where it can be: a prefix makes PostgreSQL
 * gather every row of every word it starts, which for a common word over a million entries took
 * 140 ms where the exact stem took 2. Russian verbs whose stem ends in a consonant form the past
 * with -л- and its participles with -ш- (погиб-ли, погиб-ших, умер-ли, умер-ших), which Snowball
 * keeps in the stem, so such a stem also gives its root and the root's other form: «погибших»
 * finds «погибли». A word the stemmer calls a stop word («для», "the") is left out unless the
 * request has nothing else.
 */
export type WordForm = { text: string; prefix: boolean };
export type WordMatch = { word: string; forms: WordForm[] };
export type SearchMatch = { words: WordMatch[]; phrases: string[]; highlight: string[] };

const RUSSIAN_PAST = /([бвгджзкмнпрстфхцчшщ])[лш]$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function withRussianPast(stem: string): string[] {
  if (stem.length < 5 || !RUSSIAN_PAST.test(stem)) return [stem];
  const root = stem.slice(0, -1);
  return [stem, root, `${root}л`, `${root}ш`];
}

/** The fewest forms that match the same words: an exact form a prefix form covers adds nothing. */
function fewestForms(exact: string[], prefixes: string[]): WordForm[] {
  const starts = [...new Set(prefixes.filter((form) => form.length > 2))];
  const minimalStarts = starts.filter((form) => !starts.some((other) => other !== form && form.startsWith(other)));
  const words = [...new Set(exact.filter((form) => form.length > 0))].filter((form) => !minimalStarts.some((start) => form.startsWith(start)));
  return [...words.map((text) => ({ text, prefix: false })), ...minimalStarts.map((text) => ({ text, prefix: true }))];
}

export async function searchMatch(db: Db, request: SearchRequest): Promise<SearchMatch | null> {
  if (isEmptySearch(request)) return null;
  const stems = request.words.length
    ? await db.$queryRaw<{ word: string; stems: string[] | null }[]>`
        SELECT w AS "word", ts_lexize(CASE WHEN w ~ '[a-z]' THEN 'english_stem' ELSE 'russian_stem' END::regdictionary, w) AS "stems"
          FROM unnest(${request.words}::text[]) AS w`
    : [];
  const byWord = new Map(stems.map((row) => [row.word, row.stems]));
  const all = request.words.map((word) => {
    const stemmed = byWord.get(word);
    const stopWord = Array.isArray(stemmed) && stemmed.length === 0;
    const forms = fewestForms([word, ...(stemmed ?? []).flatMap(withRussianPast)], CYRILLIC.test(word) ? [kyrgyzStem(word)] : []);
    return { word, forms, stopWord };
  });
  const meaningful = all.filter((word) => !word.stopWord);
  const words = (meaningful.length || request.phrases.length ? meaningful : all).map(({ word, forms }) => ({ word, forms }));
  const highlight = [...new Set([...words.flatMap((word) => word.forms.map((form) => form.text)), ...requestedWords(request)])];
  return { words, phrases: request.phrases, highlight };
}

/** One word's forms as a tsquery in the 'simple' configuration: any of them. */
export function formsQuery(word: WordMatch): string {
  return word.forms.map((form) => `'${form.text}'${form.prefix ? ":*" : ""}`).join(" | ");
}

export function sqlMatchesWord(vector: Prisma.Sql, word: WordMatch): Prisma.Sql {
  return Prisma.sql`${vector} @@ to_tsquery('simple', ${formsQuery(word)})`;
}

export function sqlMatchesPhrase(vector: Prisma.Sql, phrase: string): Prisma.Sql {
  return Prisma.sql`${vector} @@ phraseto_tsquery('simple', ${phrase})`;
}

/** The whole request as one tsquery: every word (by any of its forms) and every phrase as written. */
export function sqlSearchQuery(match: SearchMatch): Prisma.Sql {
  const words = match.words.length ? [Prisma.sql`to_tsquery('simple', ${match.words.map((word) => `(${formsQuery(word)})`).join(" & ")})`] : [];
  const phrases = match.phrases.map((phrase) => Prisma.sql`phraseto_tsquery('simple', ${phrase})`);
  return Prisma.sql`(${Prisma.join([...words, ...phrases], " && ")})`;
}
