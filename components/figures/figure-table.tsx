import Link from "next/link";
import { formatFigure } from "../ui/format";
import { HEDGE_LABELS, STATUS_LABELS } from "../claims/labels";

export type TableFigure = {
  id: string;
  at: Date | null;
  kind: "entry" | "claim";
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  hedge: keyof typeof HEDGE_LABELS;
  unit: string | null;
  who: string | null;
  sourceTitle: string | null;
  entryId: string | null;
  claimSlug: string | null;
  claimStatus: keyof typeof STATUS_LABELS | null;
  language: string | null;
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** The timeline's data as a table: the same figures as the chart, readable by anyone. */
export function FigureTable({ figures, conflicted, entryHref, claimHref }: { figures: TableFigure[]; conflicted: Set<string>; entryHref: (id: string) => string; claimHref: (figure: TableFigure) => string | null }) {
  return (
    <table className="mt-2 w-full border-collapse bg-white text-sm" data-testid="figure-table">
      <caption className="sr-only">Every figure reported, oldest first</caption>
      <thead>
        <tr className="border-b text-left">
          <th scope="col" className="p-2">When (UTC)</th>
          <th scope="col" className="p-2">Figure</th>
          <th scope="col" className="p-2">As worded</th>
          <th scope="col" className="p-2">Who gave it</th>
          <th scope="col" className="p-2">Where</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => {
          const reading = figure.hedge === "RANGE" ? `${figure.low?.toLocaleString("en-GB")}–${figure.high?.toLocaleString("en-GB")}` : (formatFigure(figure.value, figure.hedge, figure.unit) ?? HEDGE_LABELS[figure.hedge]);
          const claimLink = claimHref(figure);
          return (
            <tr key={figure.id} className={`border-b ${conflicted.has(figure.id) ? "bg-red-50" : ""}`} data-conflict={conflicted.has(figure.id) || undefined}>
              <td className="p-2 whitespace-nowrap">{figure.at ? timeFormat.format(figure.at) : "undated"}</td>
              <td className="p-2 font-semibold">
                {reading}
                {conflicted.has(figure.id) ? <span className="ml-1 rounded bg-red-700 px-1 text-xs text-white">conflict</span> : null}
              </td>
              <td className="p-2" lang={figure.language ?? undefined}>
                {figure.text.length > 120 ? `${figure.text.slice(0, 120)}…` : figure.text}
              </td>
              <td className="p-2">{figure.who ?? "—"}</td>
              <td className="p-2">
                {figure.kind === "claim" && claimLink ? (
                  <Link href={claimLink} className="underline">
                    Claim{figure.claimStatus ? ` (${STATUS_LABELS[figure.claimStatus].toLowerCase()})` : ""}
                  </Link>
                ) : figure.entryId ? (
                  <Link href={entryHref(figure.entryId)} className="underline">
                    {figure.sourceTitle}
                  </Link>
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
