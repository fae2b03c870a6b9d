// Security headers for every response. The Content-Security-Policy carries a fresh nonce per
// request: Next.js reads it from the request's own policy header and puts it on the scripts it
// writes, so only those run. The reader's cached pages carry no scripts at all (see
// lib/cache/reader-document.cjs), so a nonce they never use costs them nothing.

/** A nonce of 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets a nonced script load the chunks it needs; nothing else runs.
    // Development adds 'unsafe-eval' for React's debugging tools, as Next's guide says.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // Tailwind's stylesheet is inlined in each page, and components set inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HTTPS for two years, subdomains included: sent by production servers only. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Is this request from a page of this same site? Browsers send Origin on every cross-site POST. */
export function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
