import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureTable } from "@/components/figures/figure-table";
import { TimelineChart } from "@/components/figures/timeline-chart";
import { LanguageLinks } from "@/components/site/language-links";
import { findQuantityTimeline } from "@/lib/figures/queries";
import { formatLocaleFigure } from "@/lib/i18n/format";
import { localePath, pickLabel } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";
import { OutageNotice, outageMetadata } from "@/components/site/outage-notice";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";
import { newsroomTimeZone } from "@/lib/site";
import { publicFigureLinks } from "@/components/site/public-figure-links";

export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

const MAX_CONFLICTS = 50;

type Props = { params: Promise<{ locale: string; key: string }> };

async function findPublicTimeline(key: string) {
  const timeline = await findQuantityTimeline({ key, publicOnly: true });
  // A quantity no published claim is about is still the desk's work in progress.
  return timeline && timeline.points.some((point) => point.kind === "claim") ? timeline : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { key } = await params;
  const timeline = await unlessOutage(() => findPublicTimeline(key));
  if (timeline === OUTAGE) return outageMetadata(locale);
  if (!timeline) return { title: getMessages(locale)("notFoundTitle") };
  return pageMetadata({ locale, path: `/quantities/${timeline.quantity.key}`, title: pickLabel(locale, timeline.quantity), description: getMessages(locale)("quantityIntro") });
}

export default async function QuantityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { key } = await params;
  const timeline = await unlessOutage(() => findPublicTimeline(key));
  if (timeline === OUTAGE) return <OutageNotice locale={locale} />;
  if (!timeline) notFound();
  const messages = getMessages(locale);
  const { quantity, points, conflicts } = timeline;
  const label = pickLabel(locale, quantity);
  const conflicted = new Set(conflicts.flatMap((conflict) => conflict.ids));
  const byId = new Map(points.map((point) => [point.id, point]));
  return (
    <>
      <LanguageLinks locale={locale} path={`/quantities/${quantity.key}`} />
      <h1 className="mt-4 text-3xl font-bold">{label}</h1>
      <p className="mt-2 text-muted">{messages("quantityIntro")}</p>
      <div className="mt-4">
        <TimelineChart timeZone={newsroomTimeZone()} points={points} label={label} conflicted={conflicted} locale={locale} />
      </div>
      {conflicts.length ? (
        <section aria-labelledby="conflicts" className="mt-6">
          <h2 id="conflicts" className="text-lg font-semibold">
            {messages("quantityConflicts")}
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {conflicts.slice(0, MAX_CONFLICTS).map((conflict) => {
              const [a, b] = conflict.ids.map((id) => byId.get(id)!);
              return (
                <li key={conflict.ids.join()}>
                  {conflict.day}: {formatLocaleFigure(locale, a)} ({a.who ?? a.sourceTitle ?? "?"}) — {formatLocaleFigure(locale, b)} ({b.who ?? b.sourceTitle ?? "?"})
                </li>
              );
            })}
            {conflicts.length > MAX_CONFLICTS ? <li>{messages("moreConflicts", { n: conflicts.length - MAX_CONFLICTS })}</li> : null}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="table" className="mt-6">
        <h2 id="table" className="text-lg font-semibold">
          {messages("timelineTable")}
        </h2>
        <FigureTable
          timeZone={newsroomTimeZone()}
          figures={points}
          conflicted={conflicted}
          locale={locale}
          {...publicFigureLinks(locale, points)}
        />
      </section>
      <p className="mt-6 text-sm">
        <Link href={localePath(locale, `/search?quantity=${quantity.key}`)} className="text-accent underline">
          {messages("quantityClaims")}
        </Link>
      </p>
    </>
  );
}
