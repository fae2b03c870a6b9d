import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">We have no published claim at this address.</p>
      <Link href="/" className="mt-4 inline-block underline">
        See the latest verdicts
      </Link>
    </>
  );
}
