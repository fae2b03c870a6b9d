import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { pickLabel } from "@/lib/i18n/locales";
import { wordFor } from "@/lib/i18n/words";
import { formatLocaleDate } from "@/lib/i18n/format";
import type { CLAIM_STATUSES } from "./labels";

type Status = (typeof CLAIM_STATUSES)[number];


type ClaimRepeat = { id: string; kind: string; figureValue: number | null; createdAt: Date; entry: { id: string; text: string; language: string; source: { id: string; title: string; outlet: { name: string } | null } } };

/** Every entry that repeats this claim since it was logged (repeat watch), newest first. */
export function ClaimRepeats({ repeats }: { repeats: ClaimRepeat[] }) {
  const t = useTranslations("desk");
  const locale = useLocale();
  if (repeats.length === 0) return null;
  return (
    <section aria-labelledby="repeats-heading" className="mt-8 text-sm">
      <h2 id="repeats-heading" className="text-lg font-semibold">
        {t("repeats.repeatedBy", { n: repeats.length })}
      </h2>
      <ul className="mt-2 space-y-2" data-testid="claim-repeats">
        {repeats.map((repeat) => (
          <li key={repeat.id}>
            <span className="mr-1 rounded bg-gray-100 px-1.5 text-xs">{wordFor(t, `repeats.kind.${repeat.kind}`, repeat.kind)}</span>
            <Link href={`/desk/entries/${repeat.entry.id}`} className="underline">{repeat.entry.source.title}</Link>
            <span className="text-muted"> · {repeat.entry.source.outlet?.name ?? t("sources.noOutlet")} · {formatLocaleDate(locale, repeat.createdAt)}</span>
            <p lang={repeat.entry.language} className="text-muted">{repeat.entry.text.length > 200 ? `${repeat.entry.text.slice(0, 200)}…` : repeat.entry.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

type RecentRepeat = { id: string; kind: string; createdAt: Date; claim: { id: string; statement: string; status: Status; rating: { labelEn: string; labelRu: string; labelKy: string } | null }; entry: { id: string; source: { title: string } } };

/** The "Repeats" queue: logged claims that sources have said again, newest first. */
export function RepeatsQueue({ repeats }: { repeats: RecentRepeat[] }) {
  const t = useTranslations("desk");
  const locale = useLocale();
  return (
    <section aria-labelledby="repeats-queue" className="mt-8">
      <h2 id="repeats-queue" className="text-lg font-semibold">{t("repeats.title")}</h2>
      {repeats.length === 0 ? <p className="mt-1 text-sm text-muted">{t("repeats.empty")}</p> : null}
      <ul className="mt-2 divide-y divide-gray-200 text-sm" data-testid="repeats-queue">
        {repeats.map((repeat) => (
          <li key={repeat.id} className="py-2">
            <Link href={`/desk/claims/${repeat.claim.id}`} className="font-semibold underline">{repeat.claim.statement}</Link>
            <span className="text-muted"> · {t(`labels.status.${repeat.claim.status}`)}{repeat.claim.rating ? `, ${pickLabel(locale, repeat.claim.rating)}` : ""}</span>
            <p>
              {t.rich("repeats.kindIn", {
                kind: wordFor(t, `repeats.kind.${repeat.kind}`, repeat.kind),
                source: repeat.entry.source.title,
                link: (chunks) => (
                  <Link href={`/desk/entries/${repeat.entry.id}`} className="underline">
                    {chunks}
                  </Link>
                ),
              })}{" "}
              · {formatLocaleDate(locale, repeat.createdAt)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Checked = { entryId: string; kind: string; claim: { id: string; statement: string; status: Status; rating: { labelEn: string; labelRu: string; labelKy: string } | null } };

/** On an entry: "Already checked", with the claim it repeats, its status and verdict. */
export function AlreadyChecked({ checked }: { checked: Checked[] }) {
  const t = useTranslations("desk");
  const locale = useLocale();
  if (checked.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm" data-testid="already-checked">
      {checked.map((item) => (
        <li key={item.claim.id}>
          <span className="mr-1 rounded bg-green-100 px-1.5 text-xs font-semibold text-green-900">{t("repeats.alreadyChecked")}</span>
          <Link href={`/desk/claims/${item.claim.id}`} className="underline">{item.claim.statement}</Link>
          <span className="text-muted"> · {t(`labels.status.${item.claim.status}`)}{item.claim.rating ? `, ${pickLabel(locale, item.claim.rating)}` : ""}{item.kind === "different-figure" ? ` · ${t("repeats.givesAnotherFigure")}` : ""}</span>
        </li>
      ))}
    </ul>
  );
}
