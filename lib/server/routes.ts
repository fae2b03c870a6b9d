/**
 * Which process answers a request (issue 16): the desk's (editors' pages, sign-in, their API,
 * uploads and every server action) or the readers' (public pages, the public API, feeds). The
 * newsroom then never waits behind a flood of readers on one event loop. One rule, read by the
 * front door and by deployments that route by path at their balancer (docs/scaling.md).
 */
export type Side = "readers" | "desk";

export const DESK_PATHS = ["/desk", "/desk-not-found", "/signin", "/api/auth", "/api/desk", "/api/imports", "/api/v1/desk"] as const;
/** The desk's 404, as a page (app/(desk)/desk-not-found/page.tsx). */
export const DESK_NOT_FOUND_PATH = "/desk-not-found";
const DESK = new RegExp(`^(?:${DESK_PATHS.map((path) => path.replace(/\//g, "\\/")).join("|")})(?:[/?]|$)`);

export function sideOf(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): Side {
  // A server action is a POST to any page's address, marked by this header.
  if (request.headers["next-action"] !== undefined) return "desk";
  return DESK.test(request.url ?? "/") ? "desk" : "readers";
}

/** The build's own files: either side serves them alike. */
export function isBuildFile(url: string): boolean {
  return url.startsWith("/_next/static/") || url.startsWith("/_next/image");
}
