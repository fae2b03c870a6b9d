import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CLAIM_STATUSES } from "@/components/claims/labels";
import { languageName } from "@/lib/i18n/messages";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatLocaleDate } from "@/lib/i18n/format";
import { findDeskOverview } from "@/lib/claims/queries";
import { isPublic } from "@/lib/claims/status";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.dashboard"))("title") };
}

export default async function DeskPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  const { counts, sources, claims } = await findDeskOverview();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("dashboard.title")}</h1>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {CLAIM_STATUSES.map((status) => (
          <div key={status} className="rounded border border-gray-200 bg-white p-3">
            <dt className="text-xs text-muted">{t(`dashboard.counts.${status}`)}</dt>
            <dd className="text-2xl font-semibold">{counts[status] ?? 0}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="claims" className="mt-8">
        <h2 id="claims" className="text-lg font-semibold">
          {t("dashboard.recentClaims")}
        </h2>
        <table className="mt-2 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">{t("claims.statement")}</th>
              <th scope="col" className="p-2">{t("claims.speaker")}</th>
              <th scope="col" className="p-2">{t("claims.status")}</th>
              <th scope="col" className="p-2">{t("claims.verdict")}</th>
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
                      {t("claims.publicPage")}
                    </Link>
                  ) : null}
                </td>
                <td className="p-2">{claim.speaker?.name ?? "—"}</td>
                <td className="p-2">{t(`labels.status.${claim.status}`)}</td>
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
          {t("dashboard.recentSources")}
        </h2>
        <ul className="mt-2 divide-y rounded border border-gray-200 bg-white">
          {sources.map((source) => (
            <li key={source.id} className="p-3 text-sm">
              <Link href={`/desk/sources/${source.id}`} className="font-medium underline">
                {source.title}
              </Link>
              <span className="text-muted">
                {" · "}
                {t("dashboard.sourceLine", { outlet: source.outlet?.name ?? t("sources.noOutlet"), language: languageName(locale, source.language), entries: source._count.entries, date: formatLocaleDate(locale, source.publishedAt) })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
