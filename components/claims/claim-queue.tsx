import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatLocaleDate } from "@/lib/i18n/format";
import { VerdictBadge } from "./verdict-badge";

type QueueClaim = {
  id: string;
  statement: string;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  speaker: { name: string } | null;
  createdBy: { name: string };
  rating: { labelEn: string; labelRu: string; labelKy: string; colour: string } | null;
  newFigures?: number;
};

export function ClaimQueue({ id, title, empty, claims, show }: { id: string; title: string; empty: string; claims: QueueClaim[]; show: "updated" | "submitted" | "published" | "figures" }) {
  const t = useTranslations("desk");
  const locale = useLocale();
  return (
    <section aria-labelledby={id} className="mt-6" data-testid={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-muted">({claims.length})</span>
      </h2>
      {claims.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y rounded border border-gray-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id} className="flex flex-wrap items-center gap-2 p-2 text-sm">
              <Link href={`/desk/claims/${claim.id}`} className="font-medium underline">
                {claim.statement}
              </Link>
              <span className="text-muted">
                {claim.speaker?.name ?? t("queues.noSpeaker")} · {t("queues.by", { name: claim.createdBy.name })} ·{" "}
                {show === "submitted"
                  ? t("queues.submitted", { date: formatLocaleDate(locale, claim.submittedAt) })
                  : show === "published"
                    ? t("queues.published", { date: formatLocaleDate(locale, claim.publishedAt) })
                    : show === "figures"
                      ? t("queues.newFigures", { n: claim.newFigures ?? 0, date: formatLocaleDate(locale, claim.publishedAt) })
                      : t("queues.changed", { date: formatLocaleDate(locale, claim.updatedAt) })}
              </span>
              {claim.rating ? <VerdictBadge rating={claim.rating} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
