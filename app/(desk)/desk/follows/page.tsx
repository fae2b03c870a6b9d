import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { explain, type ErrorTranslator } from "@/lib/i18n/refusals";
import { FollowControls, FollowForm } from "@/components/follows/follow-forms";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findFollows } from "@/lib/follows/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.follows"))("title") };
}


export default async function FollowsPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  const user = await requireDeskUser();
  const { follows, stopped } = await findFollows();
  const t = await getTranslations("desk.follows");
  const said = (await getTranslations("errors")) as unknown as ErrorTranslator;
  const when = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : t("never"));
  const every = (seconds: number) => (seconds % 3600 === 0 ? t("everyHours", { n: seconds / 3600 }) : t("everyMinutes", { n: Math.round(seconds / 60) }));
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        {t("intro")}
      </p>
      <FollowForm admin={user.role === "ADMIN"} />
      {follows.length === 0 ? <p className="mt-6">{t("none")}</p> : null}
      {follows.map((follow) => (
        <section key={follow.id} className="mt-6 rounded border border-gray-200 bg-white p-4" data-testid="follow">
          <h2 className="text-lg font-semibold">{follow.title ?? follow.url}</h2>
          <p className="break-all text-sm text-muted">
            {follow.kind === "TELEGRAM" ? t("telegram") : t("feed")} · {follow.url}
          </p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">{t("state")}</dt>
            <dd data-testid="follow-state">
              {follow.state === "ACTIVE" ? t("on", { every: every(follow.intervalSeconds) }) : t("paused")}
              {follow.allowPrivate ? ` · ${t("privateAllowed")}` : ""}
            </dd>
            <dt className="font-semibold">{t("lastPoll")}</dt>
            <dd>{when(follow.lastPolledAt)}</dd>
            <dt className="font-semibold">{t("brought")}</dt>
            <dd data-testid="follow-outcome">{follow.lastOutcome ? explain(said, follow.lastOutcome) : "—"}</dd>
            {follow.lastError ? (
              <>
                <dt className="font-semibold text-red-700">{t("error")}</dt>
                <dd className="text-red-700" data-testid="follow-error">
                  {explain(said, follow.lastError)}
                  {follow.failures > 1 ? ` ${t("failures", { n: follow.failures })}` : ""}
                </dd>
              </>
            ) : null}
            {follow.state === "ACTIVE" ? (
              <>
                <dt className="font-semibold">{t("nextPoll")}</dt>
                <dd>{when(follow.nextPollAt)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("entries")}</dt>
            <dd>
              {follow.sourceId ? (
                <Link href={`/desk/sources/${follow.sourceId}`} className="underline" data-testid="follow-source">
                  {t("entriesIn", { n: follow.source?._count.entries ?? 0, source: follow.source?.title ?? t("itsSource") })}
                </Link>
              ) : (
                t("noneYet")
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
          <h2 className="text-lg font-semibold">{t("stopped")}</h2>
          <ul className="mt-2 text-sm">
            {stopped.map((follow) => (
              <li key={follow.id} className="break-all">
                {t("stoppedAt", { name: follow.title ?? follow.url, when: when(follow.updatedAt) })}
                {follow.sourceId ? (
                  <>
                    {" · "}
                    <Link href={`/desk/sources/${follow.sourceId}`} className="underline">
                      {t("itsEntries", { n: follow.source?._count.entries ?? 0 })}
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
