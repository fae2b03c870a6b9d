import Link from "next/link";

/** What the desk says for an address it does not have; plain links, no scripts needed. */
export function DeskNotFound() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8" data-testid="not-found">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">There is nothing at this address.</p>
      <ul className="mt-4 list-disc pl-5">
        <li>
          <Link href="/desk" className="underline">
            Go to the desk
          </Link>
        </li>
        <li>
          <Link href="/desk/claims" className="underline">
            All claims
          </Link>
        </li>
      </ul>
    </main>
  );
}
