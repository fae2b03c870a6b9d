import type { DeskClaim } from "@/lib/claims/desk-claim-page";
import { formatDate, formatFigure } from "../ui/format";
import { HEDGE_LABELS } from "./labels";

/** A claim's fields as text, once it is past editing (published claims change by correction). */
export function ClaimDetails({ claim }: { claim: DeskClaim }) {
  const figure = claim.figureHedge
    ? `${formatFigure({ value: claim.figureValue, low: claim.figureLow, high: claim.figureHigh, hedge: claim.figureHedge, hedgeWord: claim.figureHedgeWord, unit: claim.figureUnit }) ?? HEDGE_LABELS[claim.figureHedge]}${claim.quantity ? ` (${claim.quantity.labelEn})` : ""}`
    : "—";
  return (
    <section aria-labelledby="details-heading" className="text-sm">
      <h2 id="details-heading" className="text-lg font-semibold">
        Details
      </h2>
      <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1">
        <dt className="font-semibold">Quote</dt>
        <dd lang={claim.quoteLanguage}>{claim.quoteOriginal}</dd>
        <dt className="font-semibold">Speaker</dt>
        <dd>{claim.speaker?.name ?? "—"}{claim.speakerRole ? `, ${claim.speakerRole}` : ""}</dd>
        <dt className="font-semibold">Said</dt>
        <dd>{formatDate(claim.saidAt)}{claim.saidWhere ? `, ${claim.saidWhere}` : ""}</dd>
        <dt className="font-semibold">Figure</dt>
        <dd>{figure}</dd>
        <dt className="font-semibold">Summary</dt>
        <dd>{claim.verdictSummary ?? "—"}</dd>
      </dl>
    </section>
  );
}
