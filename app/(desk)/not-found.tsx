import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">There is nothing at this address.</p>
      <Link href="/desk" className="mt-4 inline-block underline">
        Go to the desk
      </Link>
    </main>
  );
}
