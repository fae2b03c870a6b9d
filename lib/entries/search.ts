/** Search terms from what a person typed: words of any script, lower-cased, at most eight. */
export function searchTerms(query: string): string[] {
  return [...new Set((query.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((term) => term.length > 1))].slice(0, 8);
}

export type TextPart = { text: string; match: boolean };

/** Splits text into matched and unmatched parts, for highlighting as text (never as HTML). */
export function highlightTerms(text: string, terms: string[]): TextPart[] {
  if (terms.length === 0) return [{ text, match: false }];
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(${escaped.join("|")})`, "giu");
  return text
    .split(pattern)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }));
}
