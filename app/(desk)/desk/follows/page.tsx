import Link from "next/link";
import { FollowControls, FollowForm } from "@/components/follows/follow-forms";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findFollows } from "@/lib/follows/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Followed feeds" };

const when = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never");
const every = (seconds: number) => (seconds % 3600 === 0 ? `every ${seconds / 3600} h` : `every ${Math.round(seconds / 60)} min`);

export default async function FollowsPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  const user = await requireDeskUser();
  const { follows, stopped } = await findFollows();
  return (
    <>
      <h1 className="text-2xl font-bold">Followed feeds and channels</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        Each followed address is polled at its own interval; what is new becomes entries of its source, and a post edited at its source updates its entry, with its
        quotes and evidence anchored again. A feed that fails keeps its entries and is tried again later.
      </p>
      <FollowForm admin={user.role === "ADMIN"} />
      {follows.length === 0 ? <p className="mt-6">Nothing is followed yet.</p> : null}
      {follows.map((follow) => (
        <section key={follow.id} className="mt-6 rounded border border-gray-200 bg-white p-4" data-testid="follow">
          <h2 className="text-lg font-semibold">{follow.title ?? follow.url}</h2>
          <p className="break-all text-sm text-muted">
            {follow.kind === "TELEGRAM" ? "Telegram channel" : "Feed"} · {follow.url}
          </p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">State</dt>
            <dd data-testid="follow-state">
              {follow.state === "ACTIVE" ? `on, ${every(follow.intervalSeconds)}` : "paused"}
              {follow.allowPrivate ? " · private address allowed" : ""}
            </dd>
            <dt className="font-semibold">Last poll</dt>
            <dd>{when(follow.lastPolledAt)}</dd>
            <dt className="font-semibold">It brought</dt>
            <dd data-testid="follow-outcome">{follow.lastOutcome ?? "—"}</dd>
            {follow.lastError ? (
              <>
                <dt className="font-semibold text-red-700">Error</dt>
                <dd className="text-red-700" data-testid="follow-error">
                  {follow.lastError}
                  {follow.failures > 1 ? ` (${follow.failures} failures in a row)` : ""}
                </dd>
              </>
            ) : null}
            {follow.state === "ACTIVE" ? (
              <>
                <dt className="font-semibold">Next poll</dt>
                <dd>{when(follow.nextPollAt)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Entries</dt>
            <dd>
              {follow.sourceId ? (
                <Link href={`/desk/sources/${follow.sourceId}`} className="underline" data-testid="follow-source">
                  {follow.source?._count.entries ?? 0} in {follow.source?.title ?? "its source"}
                </Link>
              ) : (
                "none yet"
              )}
            </dd>
          </dl>
          <div className="mt-3">
            <FollowControls id={follow.id} state={follow.state === "ACTIVE" ? "ACTIVE" : "PAUSED"} />
          </div>
        </section>
      ))}
      {stopped.length ? (
        <section className="mt-8">
          <h2 className="text-lg font-semibold">No longer followed</h2>
          <ul className="mt-2 text-sm">
            {stopped.map((follow) => (
              <li key={follow.id} className="break-all">
                {follow.title ?? follow.url}, stopped {when(follow.updatedAt)}
                {follow.sourceId ? (
                  <>
                    {" · "}
                    <Link href={`/desk/sources/${follow.sourceId}`} className="underline">
                      its {follow.source?._count.entries ?? 0} entries
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
