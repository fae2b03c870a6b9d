import { highlightTerms } from "@/lib/entries/search";

/** Text with the searched words marked; every part is rendered as text. */
export function HighlightedTerms({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightTerms(text, terms).map((part, index) =>
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
