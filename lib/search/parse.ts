/**
 * What a person typed into a search box: words (of any script, lower-cased, two letters or more,
 * at most eight) and exact phrases in quotes ("…", «…» or “…”), at most three. Pure, so the
 * reader's page, the desk and the export read a query the same way.
 */
export type SearchRequest = { words: string[]; phrases: string[] };

const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.normalize("NFC").toLowerCase().match(WORD) ?? []).filter((word) => word.length > 1);
}

export function parseSearch(query: string): SearchRequest {
  const phrases: string[] = [];
  const rest = query.replace(PHRASE, (_whole, ...groups: (string | undefined)[]) => {
    const words = wordsOf(groups.slice(0, 3).find((group) => group !== undefined) ?? "");
    // Quoted words match as written, in that order: no other forms.
    if (words.length > 0) phrases.push(words.join(" "));
    return " ";
  });
  return { words: [...new Set(wordsOf(rest))].slice(0, 8), phrases: [...new Set(phrases)].slice(0, 3) };
}

export function isEmptySearch(request: SearchRequest): boolean {
  return request.words.length === 0 && request.phrases.length === 0;
}

/** Every word the request holds, phrases' words included: what the results highlight. */
export function requestedWords(request: SearchRequest): string[] {
  return [...new Set([...request.words, ...request.phrases.flatMap((phrase) => phrase.split(" "))])];
}
