import { IdentityForm } from "@/components/identity/identity-form";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findRatings } from "@/lib/claims/desk-queries";
import { findSiteIdentity } from "@/lib/identity/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Site identity" };

export default async function IdentityPage() {
  const user = await requireDeskUser();
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1 className="text-2xl font-bold">Site identity</h1>
        <p className="mt-3 text-sm">Only an admin can change the site’s name, tagline, “How we check” text and logo.</p>
      </>
    );
  }
  const [identity, ratings] = await Promise.all([findSiteIdentity(), findRatings()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Site identity</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">What the public site, its feeds and its structured data say of the organisation, in each language. Every change is audited.</p>
      <IdentityForm texts={identity.texts} ratings={ratings.map(({ key, labelEn }) => ({ key, labelEn }))} ratingNotes={identity.ratings} contactEmail={identity.contactEmail ?? ""} hasLogo={identity.hasLogo} />
    </>
  );
}
