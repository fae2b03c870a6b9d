import { ImportForm } from "@/components/sources/import-form";

export const metadata = { title: "Import sources" };

export default function ImportPage() {
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
