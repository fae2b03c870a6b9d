import Link from "next/link";
import { formatDate } from "../ui/format";
import { VerdictBadge } from "./verdict-badge";

type QueueClaim = {
  id: string;
  statement: string;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  speaker: { name: string } | null;
  createdBy: { name: string };
  rating: { labelEn: string; colour: string } | null;
  newFigures?: number;
};

export function ClaimQueue({ id, title, empty, claims, show }: { id: string; title: string; empty: string; claims: QueueClaim[]; show: "updated" | "submitted" | "published" | "figures" }) {
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
                {claim.speaker?.name ?? "no speaker"} · by {claim.createdBy.name} ·{" "}
                {show === "submitted"
                  ? `submitted ${formatDate(claim.submittedAt)}`
                  : show === "published"
                    ? `published ${formatDate(claim.publishedAt)}`
                    : show === "figures"
                      ? `${claim.newFigures} new figure(s) since ${formatDate(claim.publishedAt)}`
                      : `changed ${formatDate(claim.updatedAt)}`}
              </span>
              {claim.rating ? <VerdictBadge rating={claim.rating} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
