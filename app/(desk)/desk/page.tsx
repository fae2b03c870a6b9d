import Link from "next/link";
import { STATUS_LABELS as CLAIM_STATUS } from "@/components/claims/labels";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatDate } from "@/components/ui/format";
import { findDeskOverview } from "@/lib/claims/queries";
import { isPublic } from "@/lib/claims/status";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export const metadata = { title: "Desk" };

// The counts' headings; a row's status is CLAIM_STATUS (one claim is a "Draft", not "Drafts").
const STATUS_LABELS = { DRAFT: "Drafts", IN_REVIEW: "Awaiting review", PUBLISHED: "Published", UPDATED: "Updated", ARCHIVED: "Archived" } as const;

export default async function DeskPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const { counts, sources, claims } = await findDeskOverview();
  return (
    <>
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {Object.entries(STATUS_LABELS).map(([status, label]) => (
          <div key={status} className="rounded border border-gray-200 bg-white p-3">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{counts[status as keyof typeof STATUS_LABELS] ?? 0}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="claims" className="mt-8">
        <h2 id="claims" className="text-lg font-semibold">
          Recently changed claims
        </h2>
        <table className="mt-2 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Statement</th>
              <th scope="col" className="p-2">Speaker</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} className="border-b">
                <td className="p-2">
                  <Link href={`/desk/claims/${claim.id}`} className="underline">
                    {claim.statement}
                  </Link>
                  {isPublic(claim.status) ? (
                    <Link href={`/claims/${claim.slug}`} className="ml-2 text-xs text-muted underline">
                      public page
                    </Link>
                  ) : null}
                </td>
                <td className="p-2">{claim.speaker?.name ?? "—"}</td>
                <td className="p-2">{CLAIM_STATUS[claim.status]}</td>
                <td className="p-2">
                  <VerdictBadge rating={claim.rating} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sources" className="mt-8">
        <h2 id="sources" className="text-lg font-semibold">
          Recent sources
        </h2>
        <ul className="mt-2 divide-y rounded border border-gray-200 bg-white">
          {sources.map((source) => (
            <li key={source.id} className="p-3 text-sm">
              <Link href={`/desk/sources/${source.id}`} className="font-medium underline">
                {source.title}
              </Link>
              <span className="text-muted">
                {" "}
                · {source.outlet?.name ?? "no outlet"} · {source.language} · {source._count.entries} entries · {formatDate(source.publishedAt)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
