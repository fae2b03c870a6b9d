import { formatLocaleFigure } from "@/lib/i18n/format";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { CLAIM_STATUSES } from "../claims/labels";

export type TableFigure = {
  id: string;
  at: Date | null;
  kind: "entry" | "claim";
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  hedge: string;
  hedgeWord?: string | null;
  unit: string | null;
  /** The words around a source's figure; a claim's row shows its quote. */
  context?: string | null;
  /** Known to the minute; else only the day is shown, never an invented 00:00. */
  timeKnown?: boolean;
  who: string | null;
  sourceTitle: string | null;
  entryId: string | null;
  claimSlug: string | null;
  claimStatus: (typeof CLAIM_STATUSES)[number] | null;
  language: string | null;
};


// Cells are styled from the table, not one by one: a quantity's table can have thousands of
// rows, and classes repeated on each cell were a third of its bytes.
const TABLE_CLASS = [
  "mt-2 w-full border-collapse bg-white text-sm [&_td]:p-2 [&_th]:p-2 [&_tr]:border-b",
  "[&_td:first-child]:whitespace-nowrap [&_td:nth-child(2)]:font-semibold [&_td_a]:underline [&_tr[data-conflict]]:bg-red-50",
  // The badges after a figure: "conflict", and "this claim" (which overrides the colour).
  "[&_small]:ml-1 [&_small]:rounded [&_small]:bg-red-700 [&_small]:px-1 [&_small]:text-xs [&_small]:text-white",
].join(" ");

/**
 * The timeline's data as a table: the same figures as the chart, readable by anyone. Plain
 * links, not next/link: a table of thousands of rows would carry each link's props twice.
 */
export function FigureTable(props: {
  figures: TableFigure[];
  conflicted: Set<string>;
  entryHref: (id: string) => string | null;
  claimHref: (figure: TableFigure) => string | null;
  locale?: Locale;
  marked?: string;
  /** The newsroom's time zone (lib/site.ts): times are shown in it. */
  timeZone?: string;
}) {
  const { figures, conflicted, entryHref, claimHref, locale = "en", marked, timeZone = "UTC" } = props;
  const messages = getMessages(locale);
  const timeFormat = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone });
  const dayFormat = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "short", year: "numeric", timeZone });
  const worded = (figure: TableFigure) => figure.context ?? figure.text;
  return (
    <table className={TABLE_CLASS} data-testid="figure-table">
      <caption className="sr-only">{messages("timelineTable")}</caption>
      <thead>
        <tr className="text-left">
          <th scope="col">{messages("whenIn", { zone: timeZone })}</th>
          <th scope="col">{messages("figure")}</th>
          <th scope="col">{messages("asWorded")}</th>
          <th scope="col">{messages("whoGaveIt")}</th>
          <th scope="col">{messages("whereFrom")}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => {
          const reading = formatLocaleFigure(locale, figure);
          const claimLink = claimHref(figure);
          return (
            <tr key={figure.id} className={figure.id === marked ? "outline outline-2 outline-accent" : undefined} data-conflict={conflicted.has(figure.id) || undefined} data-marked={figure.id === marked || undefined}>
              <td>{figure.at ? (figure.timeKnown ? timeFormat : dayFormat).format(figure.at) : messages("undated")}</td>
              <td>
                {reading}
                {figure.id === marked ? <small className="bg-accent!">{messages("thisClaim")}</small> : null}
                {conflicted.has(figure.id) ? <small>{messages("conflict")}</small> : null}
              </td>
              <td lang={figure.language ?? undefined}>
                {worded(figure).length > 160 ? `${worded(figure).slice(0, 160)}…` : worded(figure)}
              </td>
              <td>{figure.who ?? "—"}</td>
              <td>
                {figure.kind === "claim" && claimLink ? (
                  <a href={claimLink}>{`${messages("claim")}${figure.claimStatus ? ` (${messages(`claimStatus.${figure.claimStatus}`)})` : ""}`}</a>
                ) : figure.entryId && entryHref(figure.entryId) ? (
                  <a href={entryHref(figure.entryId)!}>{figure.sourceTitle}</a>
                ) : (
                  (figure.sourceTitle ?? "—")
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
