import { ImportForm } from "@/components/sources/import-form";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const metadata = { title: "Import sources" };

export default async function ImportPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  return (
    <>
      <h1 className="text-2xl font-bold">Import sources</h1>
      <p className="mt-1 text-sm text-muted">
        Live blogs, articles, Telegram exports or pasted text in Kyrgyz, Russian or English. Preview first: nothing is saved until you import.
      </p>
      <ImportForm />
    </>
  );
}
