"use client";

// Shown only when a root layout itself fails; every page has a nearer error boundary, in its
// language. This last resort knows no language and carries no catalog, so it stays in English.
/* eslint-disable react/jsx-no-literals */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <h1>Something went wrong</h1>
        <p>The page could not be loaded. It may be a passing problem; try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
