import { NextResponse, type NextRequest } from "next/server";
import { searchKey } from "./lib/claims/search-address";
import { REQUEST_PATH_HEADER } from "./lib/auth/return-path";
import { getEnv } from "./lib/env";
import { contentSecurityPolicy, createNonce, sameOrigin, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";

const SEARCH = /^\/(?:(ru|ky)\/)?search\/?$/;

/**
 * Runs before every page and route: a Content-Security-Policy with a fresh nonce, HSTS in
 * production, and a clear 403 for a server action sent from another site (Next.js would
 * refuse it too, but with a 500 and no words). Rewrites readers' searches to cacheable pages.
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !sameOrigin(request.headers)) {
    return NextResponse.json({ ok: false, message: "This request came from another site and was refused." }, { status: 403 });
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: getEnv().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  // The address asked for, so a desk page that sends a visitor to sign in can bring them back to it.
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // A reader's search goes to the page naming it, so each distinct search is rendered once (lib/claims/search-address.ts).
  const search = request.method === "GET" || request.method === "HEAD" ? SEARCH.exec(request.nextUrl.pathname) : null;
  const response = search
    ? NextResponse.rewrite(new URL(`/${search[1] ?? "en"}/search/${searchKey(request.nextUrl.searchParams)}`, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  // Which of the web processes answered (lib/server/web-processes.ts), for operators and tests.
  response.headers.set("x-factlog-process", getEnv().FACTLOG_PROCESS_SIDE);
  if (getEnv().NODE_ENV === "production") response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Not for the build's static files, which are never HTML; nor for the uploads (the desk's
  // import form and the API's imports), which answer in JSON and check the caller and the
  // origin themselves: Next.js hands a request that passes the proxy only its first 10 MB of
  // body (proxyClientMaxBodySize), which would cut a source of up to 20 MB short, and raising
  // that limit would hold every request's body, anyone's, in memory up to it.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/imports|api/v1/desk/imports).*)" }],
};
