import Link from "next/link";
import { ClaimQueue } from "@/components/claims/claim-queue";
import { ExportLinks } from "@/components/claims/export-links";
import { buttonClass } from "@/components/ui/field";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { RepeatsQueue } from "@/components/claims/repeats";
import { findClaimQueues, findRecentRepeats } from "@/lib/claims/desk-queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Claims" };

export default async function ClaimQueuesPage() {
  const user = await requireDeskUser();
  const [queues, repeats] = await Promise.all([findClaimQueues({ userId: user.id }), findRecentRepeats()]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Claims</h1>
        <Link href="/desk/claims/new" className={buttonClass}>
          New claim
        </Link>
      </div>
      <p className="mt-1 text-sm text-muted">To quote a source exactly, open one of its entries, select the words and press c.</p>
      <ExportLinks />
      <ClaimQueue id="my-drafts" title="My drafts" empty="You have no drafts." claims={queues.myDrafts} show="updated" />
      <ClaimQueue id="awaiting-review" title="Awaiting review" empty="Nothing is waiting for review." claims={queues.awaitingReview} show="submitted" />
      <ClaimQueue id="needs-another-look" title="Needs another look" empty="No published claim has new figures for its quantity, or a repeat with another figure." claims={queues.needsAnotherLook} show="figures" />
      <ClaimQueue id="recently-published" title="Recently published" empty="Nothing published yet." claims={queues.recentlyPublished} show="published" />
      <RepeatsQueue repeats={repeats} />
    </>
  );
}
