"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">The page could not be loaded. It may be a passing problem with the database.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-2 text-white">
        Try again
      </button>
    </main>
  );
}
