import { getTranslations } from "next-intl/server";
import { RatingScaleForm } from "@/components/claims/rating-scale-form";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findRatings } from "@/lib/claims/desk-queries";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.ratings"))("title") };
}

export default async function RatingsPage() {
  const user = await requireDeskUser();
  const ratings = await findRatings();
  const t = await getTranslations("desk.ratings");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      {user.role === "ADMIN" ? (
        <div className="mt-4">
          <RatingScaleForm ratings={ratings} />
        </div>
      ) : (
        <>
          <p className="mt-3 text-sm">{t("adminsOnly")}</p>
          <ul className="mt-2 space-y-1">
            {ratings.map((rating) => (
              <li key={rating.id}>
                <VerdictBadge rating={rating} /> <span className="text-sm text-muted">{rating.labelRu} · {rating.labelKy}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
