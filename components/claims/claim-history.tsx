import { useLocale, useTranslations } from "next-intl";
import type { HistoryEvent } from "@/lib/claims/desk-queries";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { wordFor } from "@/lib/i18n/words";


function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

/** Who changed what and when; each change as before → after. Rendered as text. */
export function ClaimHistory({ events }: { events: HistoryEvent[] }) {
  const t = useTranslations("desk.history");
  const timeFormat = new Intl.DateTimeFormat(LOCALE_TAGS[useLocale()], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const fields = useTranslations("desk.claimForm.fieldNames");
  if (events.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="history">
      {events.map((event) => (
        <li key={event.id} className="rounded border border-gray-200 bg-white p-2">
          <p>
            <time dateTime={event.at.toISOString()} className="text-muted">
              {timeFormat.format(event.at)} UTC
            </time>{" "}
            · <span className="font-semibold">{event.who}</span> {wordFor(t, `actions.${event.entityType}.${event.action}`, `${event.entityType} ${event.action}`)}
          </p>
          {(event.action !== "create" || event.entityType !== "Claim") && event.changes.length ? (
            <table className="mt-1 w-full text-xs">
              <tbody>
                {event.changes.map((change) => (
                  <tr key={change.field} className="align-top">
                    <th scope="row" className="w-32 pr-2 text-left font-semibold">
                      {wordFor(fields, change.field, change.field)}
                    </th>
                    <td className="pr-2">
                      <del className="text-red-800">{show(change.before)}</del>
                    </td>
                    <td>
                      <ins className="text-green-800 no-underline">{show(change.after)}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
