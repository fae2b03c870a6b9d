import { highlightWords } from "@/lib/search/highlight";

/** Text with the searched words (any word beginning with one of their forms) marked; every part is rendered as text. */
export function HighlightedTerms({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightWords(text, terms).map((part, index) =>
        part.match ? (
          <mark key={index} className="bg-amber-100">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
