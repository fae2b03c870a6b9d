import { useLocale, useTranslations } from "next-intl";
import type { DeskClaim } from "@/lib/claims/desk-claim-page";
import { formatLocaleDate } from "@/lib/i18n/format";
import { formatFigure } from "../ui/format";

/** A claim's fields as text, once it is past editing (published claims change by correction). */
export function ClaimDetails({ claim }: { claim: DeskClaim }) {
  const t = useTranslations("desk");
  const locale = useLocale();
  const figure = claim.figureHedge
    ? `${formatFigure(locale, { value: claim.figureValue, low: claim.figureLow, high: claim.figureHigh, hedge: claim.figureHedge, hedgeWord: claim.figureHedgeWord, unit: claim.figureUnit }) ?? t(`labels.hedge.${claim.figureHedge}`)}${claim.quantity ? ` (${claim.quantity.labelEn})` : ""}`
    : "—";
  return (
    <section aria-labelledby="details-heading" className="text-sm">
      <h2 id="details-heading" className="text-lg font-semibold">
        {t("claim.details")}
      </h2>
      <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1">
        <dt className="font-semibold">{t("claimForm.quote")}</dt>
        <dd lang={claim.quoteLanguage}>{claim.quoteOriginal}</dd>
        <dt className="font-semibold">{t("claims.speaker")}</dt>
        <dd>{claim.speaker?.name ?? "—"}{claim.speakerRole ? `, ${claim.speakerRole}` : ""}</dd>
        <dt className="font-semibold">{t("claim.said")}</dt>
        <dd>{formatLocaleDate(locale, claim.saidAt)}{claim.saidWhere ? `, ${claim.saidWhere}` : ""}</dd>
        <dt className="font-semibold">{t("claimForm.figure")}</dt>
        <dd>{figure}</dd>
        <dt className="font-semibold">{t("claim.summary")}</dt>
        <dd>{claim.verdictSummary ?? "—"}</dd>
      </dl>
    </section>
  );
}
