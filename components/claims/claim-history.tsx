import type { HistoryEvent } from "@/lib/claims/desk-queries";

const ACTIONS: Record<string, string> = {
  "Claim.create": "created the claim",
  "Claim.update": "edited",
  "Claim.submit": "sent it for review",
  "Claim.return": "sent it back to draft",
  "Claim.publish": "published it",
  "Claim.correct": "published a correction",
  "Claim.archive": "archived it",
  "EvidenceLink.create": "linked evidence",
  "EvidenceLink.update": "changed evidence",
  "EvidenceLink.delete": "removed evidence",
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

/** Who changed what and when; each change as before → after. Rendered as text. */
export function ClaimHistory({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-muted">No history yet.</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="history">
      {events.map((event) => (
        <li key={event.id} className="rounded border border-gray-200 bg-white p-2">
          <p>
            <time dateTime={event.at.toISOString()} className="text-muted">
              {timeFormat.format(event.at)} UTC
            </time>{" "}
            · <span className="font-semibold">{event.who}</span> {ACTIONS[`${event.entityType}.${event.action}`] ?? `${event.entityType} ${event.action}`}
          </p>
          {(event.action !== "create" || event.entityType !== "Claim") && event.changes.length ? (
            <table className="mt-1 w-full text-xs">
              <tbody>
                {event.changes.map((change) => (
                  <tr key={change.field} className="align-top">
                    <th scope="row" className="w-32 pr-2 text-left font-semibold">
                      {change.field}
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
