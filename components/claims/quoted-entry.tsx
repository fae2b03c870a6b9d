import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { DeskClaim } from "@/lib/claims/desk-claim-page";
import { formatLocaleDate } from "@/lib/i18n/format";

/** The entry a claim quotes, with the quote marked, and a warning when a correction moved it. */
export function QuotedEntry({ claim }: { claim: DeskClaim }) {
  const t = useTranslations("desk");
  const locale = useLocale();
  if (!claim.entry) return null;
  const marked = claim.anchorStart !== null && claim.anchorEnd !== null && claim.anchorState !== "ORPHANED";
  return (
    <div className="mt-3 rounded border border-gray-200 bg-white p-3 text-sm">
      <p className="text-muted">
        {t("claim.quotedFrom")}{" "}
        <Link href={`/desk/entries/${claim.entry.id}`} className="underline">
          {claim.entry.source.title}
        </Link>{" "}
        · {claim.entry.source.outlet?.name ?? t("sources.noOutlet")} · {formatLocaleDate(locale, claim.entry.source.publishedAt)}
      </p>
      {claim.anchorState !== "EXACT" ? (
        <p role="note" className="mt-1 font-semibold text-amber-800" data-testid="anchor-state">
          {t(`labels.anchor.${claim.anchorState}`)}
        </p>
      ) : null}
      <blockquote lang={claim.entry.language} className="mt-1 border-l-4 border-gray-300 pl-2">
        {marked ? (
          <>
            {claim.entry.text.slice(0, claim.anchorStart!)}
            <mark className="bg-yellow-100">{claim.entry.text.slice(claim.anchorStart!, claim.anchorEnd!)}</mark>
            {claim.entry.text.slice(claim.anchorEnd!)}
          </>
        ) : (
          claim.entry.text
        )}
      </blockquote>
    </div>
  );
}
