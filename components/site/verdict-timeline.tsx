import Link from "next/link";
import { FigureTable } from "@/components/figures/figure-table";
import { TimelineChart } from "@/components/figures/timeline-chart";
import type { findVerdictPage } from "@/lib/claims/verdict-page";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { newsroomTimeZone } from "@/lib/site";
import { publicFigureLinks } from "./public-figure-links";

type Timeline = NonNullable<NonNullable<Awaited<ReturnType<typeof findVerdictPage>>>["timeline"]>;

/** The claim's quantity on a verdict page: the chart (sampled for a phone) and the same figures as a table. */
export function VerdictTimeline(props: { locale: Locale; timeline: Timeline; claimId: string; quantity: { key: string; label: string } }) {
  const { locale, timeline, claimId, quantity } = props;
  const messages = getMessages(locale);
  const { shown, conflicted } = timeline;
  return (
    <section aria-labelledby="timeline" className="mt-8">
      <h2 id="timeline" className="text-xl font-semibold">
        {messages("timeline")}
      </h2>
      <p className="mt-1 text-sm text-muted">{messages("timelineIntro", { label: quantity.label })}</p>
      {shown.length < timeline.total ? (
        <p className="mt-1 text-sm text-muted">
          {messages("timelineSample", { shown: shown.length, total: timeline.total })}{" "}
          <Link href={localePath(locale, `/quantities/${quantity.key}`)} className="text-accent underline">
            {messages("timelineAll")}
          </Link>
        </p>
      ) : null}
      <div className="mt-3">
        <TimelineChart timeZone={newsroomTimeZone()} points={shown} label={quantity.label} conflicted={conflicted} marked={claimId} locale={locale} />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold">{messages("timelineTable")}</summary>
        <FigureTable
          timeZone={newsroomTimeZone()}
          figures={shown}
          conflicted={conflicted}
          marked={claimId}
          locale={locale}
          {...publicFigureLinks(locale, shown)}
        />
      </details>
    </section>
  );
}
