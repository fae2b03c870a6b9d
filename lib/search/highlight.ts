export type TextPart = { text: string; match: boolean };

/**
 * Splits text into matched and unmatched parts, for highlighting as text (never as HTML): every
 * word that begins with one of the searched forms (lib/search/word-forms.ts) is marked whole, so
 * a search for «погибших» marks «погибли», whatever its case.
 */
export function highlightWords(text: string, forms: string[]): TextPart[] {
  if (forms.length === 0) return [{ text, match: false }];
  const escaped = [...forms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:${escaped.join("|")})[\\p{L}\\p{N}]*)`, "giu");
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, match: index % 2 === 1 }))
    .filter((part) => part.text !== "");
}
