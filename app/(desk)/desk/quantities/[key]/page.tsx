import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatLocaleNumber } from "@/lib/i18n/format";
import { pickLabel } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { FigureTable } from "@/components/figures/figure-table";
import { TimelineChart } from "@/components/figures/timeline-chart";
import { findQuantityTimeline, findQuantityTitle } from "@/lib/figures/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { newsroomTimeZone } from "@/lib/site";

export const dynamic = "force-dynamic";

// A quantity with thousands of figures can have thousands of clashing pairs: the list shows the
// first ones; the table marks every figure in a clash.
const MAX_CONFLICTS = 50;

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props) {
  await requireDeskUser();
  const quantity = await findQuantityTitle({ key: (await params).key });
  return { title: quantity ? quantity.labelEn : (await getTranslations("desk.quantity"))("notFound") };
}

export default async function DeskQuantityPage({ params }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const timeline = await findQuantityTimeline({ key: (await params).key });
  if (!timeline) notFound();
  const { quantity, points, conflicts, parts, partQuantities } = timeline;
  const conflicted = new Set(conflicts.flatMap((conflict) => conflict.ids));
  const byId = new Map(points.map((point) => [point.id, point]));
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  const number = (value: number | null | undefined) => (value == null ? "—" : formatLocaleNumber(locale, value));
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/quantities" className="underline">
          {t("quantities.title")}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{pickLabel(locale, quantity)}</h1>
      <p className="text-sm text-muted">
        <span lang="en">{quantity.labelEn}</span> · <span lang="ru">{quantity.labelRu}</span> · <span lang="ky">{quantity.labelKy}</span> · {t("quantity.unitAndCount", { unit: quantity.unit ?? "—", n: points.length })}
        {quantity.partOf ? (
          <>
            {" · "}
            {t.rich("quantity.partOf", {
              total: pickLabel(locale, quantity.partOf),
              link: (chunks) => (
                <Link href={`/desk/quantities/${quantity.partOf!.key}`} className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </>
        ) : null}
      </p>
      <div className="mt-4">
        <TimelineChart timeZone={newsroomTimeZone()} locale={locale} points={points} label={pickLabel(locale, quantity)} conflicted={conflicted} />
      </div>

      {conflicts.length ? (
        <section aria-labelledby="conflicts-heading" className="mt-6">
          <h2 id="conflicts-heading" className="text-lg font-semibold">
            {t("quantity.conflicts", { n: conflicts.length })}
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="conflicts">
            {conflicts.slice(0, MAX_CONFLICTS).map((conflict) => {
              const [a, b] = conflict.ids.map((id) => byId.get(id)!);
              return (
                <li key={conflict.ids.join()}>
                  {t("quantity.conflict", { day: conflict.day, a: number(a.value), aWho: a.who ?? a.sourceTitle ?? t("quantity.unknown"), b: number(b.value), bWho: b.who ?? b.sourceTitle ?? t("quantity.unknown") })}
                </li>
              );
            })}
            {conflicts.length > MAX_CONFLICTS ? <li>{t("quantity.moreConflicts", { n: number(conflicts.length - MAX_CONFLICTS) })}</li> : null}
          </ul>
        </section>
      ) : null}

      {partQuantities.length ? (
        <section aria-labelledby="parts-heading" className="mt-6">
          <h2 id="parts-heading" className="text-lg font-semibold">
            {t("quantity.partsTitle")}
          </h2>
          <p className="text-sm text-muted">
            {t("quantity.parts")}{" "}
            {partQuantities.map((part, index) => (
              <span key={part.key}>
                {index ? ", " : ""}
                <Link href={`/desk/quantities/${part.key}`} className="underline">
                  {pickLabel(locale, part)}
                </Link>
              </span>
            ))}
          </p>
          {parts.length === 0 ? <p className="mt-1 text-sm">{t("quantity.noPartsDay")}</p> : null}
          <ul className="mt-1 space-y-1 text-sm" data-testid="parts-checks">
            {parts.map((check) => (
              <li key={check.day} className={check.consistent ? "" : "font-semibold text-red-800"}>
                {t("quantity.partsCheck", {
                  day: check.day,
                  parts: check.parts.map((part) => `${number(part.value)} ${part.label.toLowerCase()}`).join(" + "),
                  sum: number(check.sum),
                  total: number(check.total),
                  verdict: check.consistent ? "yes" : "no",
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="table-heading" className="mt-6">
        <h2 id="table-heading" className="text-lg font-semibold">
          {t("quantity.everyFigure")}
        </h2>
        <FigureTable timeZone={newsroomTimeZone()} locale={locale} figures={points} conflicted={conflicted} entryHref={(id) => `/desk/entries/${id}`} claimHref={(figure) => `/desk/claims/${figure.id}`} />
      </section>
    </>
  );
}
