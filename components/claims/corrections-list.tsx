import { formatDate } from "../ui/format";

/** A published claim's public corrections, newest first, with who made them. */
export function CorrectionsList({ corrections }: { corrections: { id: string; note: string; createdAt: Date; createdBy: { name: string } }[] }) {
  if (corrections.length === 0) return null;
  return (
  <section aria-labelledby="corrections-heading" className="mt-8 text-sm">
    <h2 id="corrections-heading" className="text-lg font-semibold">
      Corrections
    </h2>
    <ul className="mt-2 space-y-1">
      {corrections.map((correction) => (
        <li key={correction.id}>
          {formatDate(correction.createdAt)}, {correction.createdBy.name}: {correction.note}
        </li>
      ))}
    </ul>
  </section>
  );
}
