import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureTable } from "@/components/figures/figure-table";
import { TimelineChart } from "@/components/figures/timeline-chart";
import { findQuantityTimeline, findQuantityTitle } from "@/lib/figures/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { newsroomTimeZone } from "@/lib/site";

export const dynamic = "force-dynamic";

// A quantity with thousands of figures can have thousands of clashing pairs: the list shows the
// first ones; the table marks every figure in a clash.
const MAX_CONFLICTS = 50;

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props) {
  await requireDeskUser();
  const quantity = await findQuantityTitle({ key: (await params).key });
  return { title: quantity ? quantity.labelEn : "Quantity not found" };
}

export default async function DeskQuantityPage({ params }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const timeline = await findQuantityTimeline({ key: (await params).key });
  if (!timeline) notFound();
  const { quantity, points, conflicts, parts, partQuantities } = timeline;
  const conflicted = new Set(conflicts.flatMap((conflict) => conflict.ids));
  const byId = new Map(points.map((point) => [point.id, point]));
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/quantities" className="underline">
          Figures
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{quantity.labelEn}</h1>
      <p className="text-sm text-muted">
        <span lang="ru">{quantity.labelRu}</span> · <span lang="ky">{quantity.labelKy}</span> · unit: {quantity.unit ?? "—"} · {points.length} figures
        {quantity.partOf ? (
          <>
            {" "}
            · part of{" "}
            <Link href={`/desk/quantities/${quantity.partOf.key}`} className="underline">
              {quantity.partOf.labelEn}
            </Link>
          </>
        ) : null}
      </p>
      <div className="mt-4">
        <TimelineChart timeZone={newsroomTimeZone()} points={points} label={quantity.labelEn} conflicted={conflicted} />
      </div>

      {conflicts.length ? (
        <section aria-labelledby="conflicts-heading" className="mt-6">
          <h2 id="conflicts-heading" className="text-lg font-semibold">
            Conflicts ({conflicts.length})
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="conflicts">
            {conflicts.slice(0, MAX_CONFLICTS).map((conflict) => {
              const [a, b] = conflict.ids.map((id) => byId.get(id)!);
              return (
                <li key={conflict.ids.join()}>
                  {conflict.day}: {a.value?.toLocaleString("en-GB")} ({a.who ?? a.sourceTitle ?? "unknown"}) against {b.value?.toLocaleString("en-GB")} ({b.who ?? b.sourceTitle ?? "unknown"})
                </li>
              );
            })}
            {conflicts.length > MAX_CONFLICTS ? <li>and {(conflicts.length - MAX_CONFLICTS).toLocaleString("en-GB")} more (each is marked in the table)</li> : null}
          </ul>
        </section>
      ) : null}

      {partQuantities.length ? (
        <section aria-labelledby="parts-heading" className="mt-6">
          <h2 id="parts-heading" className="text-lg font-semibold">
            Parts against the total
          </h2>
          <p className="text-sm text-muted">
            Parts:{" "}
            {partQuantities.map((part, index) => (
              <span key={part.key}>
                {index ? ", " : ""}
                <Link href={`/desk/quantities/${part.key}`} className="underline">
                  {part.labelEn}
                </Link>
              </span>
            ))}
          </p>
          {parts.length === 0 ? <p className="mt-1 text-sm">No day yet has the total and every part.</p> : null}
          <ul className="mt-1 space-y-1 text-sm" data-testid="parts-checks">
            {parts.map((check) => (
              <li key={check.day} className={check.consistent ? "" : "font-semibold text-red-800"}>
                {check.day}: {check.parts.map((part) => `${part.value.toLocaleString("en-GB")} ${part.label.toLowerCase()}`).join(" + ")} = {check.sum.toLocaleString("en-GB")}, against a total of{" "}
                {check.total.toLocaleString("en-GB")} — {check.consistent ? "adds up" : "does not add up"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="table-heading" className="mt-6">
        <h2 id="table-heading" className="text-lg font-semibold">
          Every figure
        </h2>
        <FigureTable timeZone={newsroomTimeZone()} figures={points} conflicted={conflicted} entryHref={(id) => `/desk/entries/${id}`} claimHref={(figure) => `/desk/claims/${figure.id}`} />
      </section>
    </>
  );
}
