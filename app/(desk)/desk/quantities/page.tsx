import Link from "next/link";
import { NewQuantityForm } from "@/components/figures/new-quantity-form";
import { findQuantities } from "@/lib/figures/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export const metadata = { title: "Figures" };

export default async function QuantitiesPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const quantities = await findQuantities();
  return (
    <>
      <h1 className="text-2xl font-bold">Figures</h1>
      <p className="mt-1 text-sm text-muted">Each quantity gathers every figure reported for it, from sources and claims, on one timeline.</p>
      <ul className="mt-4 divide-y rounded border border-gray-200 bg-white">
        {quantities.map((quantity) => (
          <li key={quantity.id} className="p-3 text-sm">
            <Link href={`/desk/quantities/${quantity.key}`} className="font-medium underline">
              {quantity.labelEn}
            </Link>
            <span className="text-muted">
              {" "}
              · {quantity._count.figures} figures in sources · {quantity._count.claims} claims{quantity.partOf ? ` · part of ${quantity.partOf.key}` : ""}
            </span>
          </li>
        ))}
        {quantities.length === 0 ? <li className="p-3 text-sm text-muted">No quantities yet.</li> : null}
      </ul>
      <section aria-labelledby="new-quantity" className="mt-8 rounded border border-gray-200 bg-white p-3">
        <h2 id="new-quantity" className="font-semibold">
          New quantity
        </h2>
        <NewQuantityForm totals={quantities.filter((quantity) => !quantity.partOf).map(({ key, labelEn }) => ({ key, labelEn }))} />
      </section>
    </>
  );
}
