import { getTranslations } from "next-intl/server";
import { IdentityForm } from "@/components/identity/identity-form";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findRatings } from "@/lib/claims/desk-queries";
import { findSiteIdentity } from "@/lib/identity/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.identity"))("title") };
}

export default async function IdentityPage() {
  const user = await requireDeskUser();
  const t = await getTranslations("desk.identity");
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-sm">{t("adminsOnly")}</p>
      </>
    );
  }
  const [identity, ratings] = await Promise.all([findSiteIdentity(), findRatings()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">{t("intro")}</p>
      <IdentityForm texts={identity.texts} ratings={ratings.map(({ key, labelEn }) => ({ key, labelEn }))} ratingNotes={identity.ratings} contactEmail={identity.contactEmail ?? ""} hasLogo={identity.hasLogo} />
    </>
  );
}
