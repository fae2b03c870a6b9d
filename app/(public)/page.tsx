import Link from "next/link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatDate } from "@/components/ui/format";
import { findLatestVerdicts } from "@/lib/claims/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const verdicts = await findLatestVerdicts({ limit: 30 });
  return (
    <>
      <h1 className="text-3xl font-bold">Latest verdicts</h1>
      <p className="mt-2 text-muted">Claims made during the January 2022 events in Kazakhstan, checked against the record.</p>
      {verdicts.length === 0 ? (
        <p className="mt-8">No verdicts have been published yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-gray-200">
          {verdicts.map((claim) => (
            <li key={claim.slug} className="py-4">
              <VerdictBadge rating={claim.rating} />
              <h2 className="mt-1 text-lg font-semibold">
                <Link href={`/claims/${claim.slug}`} className="hover:underline">
                  {claim.statement}
                </Link>
              </h2>
              <p className="text-sm text-muted">
                {claim.speaker?.name ?? "Unattributed"} · published {formatDate(claim.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
