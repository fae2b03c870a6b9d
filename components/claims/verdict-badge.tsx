import { readableLabelColours } from "@/lib/text/contrast";

export function VerdictBadge({ rating }: { rating: { labelEn: string; colour: string } | null }) {
  if (!rating) return <span className="rounded bg-gray-100 px-2 py-0.5 text-xs font-semibold text-gray-700">No verdict yet</span>;
  const colours = readableLabelColours(rating.colour);
  return (
    <span className="inline-block rounded px-2 py-0.5 text-xs font-semibold" style={{ backgroundColor: colours.background, color: colours.text }}>
      {rating.labelEn}
    </span>
  );
}
