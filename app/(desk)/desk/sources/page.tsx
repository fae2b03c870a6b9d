import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import { findSources } from "@/lib/sources/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sources" };

export default async function SourcesPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const sources = await findSources();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Sources</h1>
        <Link href="/desk/import" className="rounded bg-accent px-3 py-2 text-sm font-semibold text-white">
          Import sources
        </Link>
      </div>
      {sources.length === 0 ? (
        <p className="mt-6">No sources yet. Import live blogs, articles or Telegram exports to start.</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Title</th>
              <th scope="col" className="p-2">Outlet</th>
              <th scope="col" className="p-2">Kind</th>
              <th scope="col" className="p-2">Language</th>
              <th scope="col" className="p-2">Entries</th>
              <th scope="col" className="p-2">Published</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id} className="border-b">
                <td className="p-2">
                  <Link href={`/desk/sources/${source.id}`} className="underline">
                    {source.title}
                  </Link>
                </td>
                <td className="p-2">{source.outlet?.name ?? "—"}</td>
                <td className="p-2">{source.kind.replace("_", " ").toLowerCase()}</td>
                <td className="p-2">{source.language}</td>
                <td className="p-2">{source._count.entries}</td>
                <td className="p-2">{formatDate(source.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
