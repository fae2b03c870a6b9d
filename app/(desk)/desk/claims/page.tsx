import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClaimQueue } from "@/components/claims/claim-queue";
import { ExportLinks } from "@/components/claims/export-links";
import { buttonClass } from "@/components/ui/field";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { RepeatsQueue } from "@/components/claims/repeats";
import { findClaimQueues, findRecentRepeats } from "@/lib/claims/desk-queries";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.queues"))("title") };
}

export default async function ClaimQueuesPage() {
  const user = await requireDeskUser();
  const [queues, repeats] = await Promise.all([findClaimQueues({ userId: user.id }), findRecentRepeats()]);
  const t = await getTranslations("desk.queues");
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/desk/claims/new" className={buttonClass}>
          {t("newClaim")}
        </Link>
      </div>
      <p className="mt-1 text-sm text-muted">{t("howToQuote")}</p>
      <ExportLinks />
      <ClaimQueue id="my-drafts" title={t("myDrafts")} empty={t("myDraftsEmpty")} claims={queues.myDrafts} show="updated" />
      <ClaimQueue id="awaiting-review" title={t("awaitingReview")} empty={t("awaitingReviewEmpty")} claims={queues.awaitingReview} show="submitted" />
      <ClaimQueue id="needs-another-look" title={t("needsAnotherLook")} empty={t("needsAnotherLookEmpty")} claims={queues.needsAnotherLook} show="figures" />
      <ClaimQueue id="recently-published" title={t("recentlyPublished")} empty={t("recentlyPublishedEmpty")} claims={queues.recentlyPublished} show="published" />
      <RepeatsQueue repeats={repeats} />
    </>
  );
}
