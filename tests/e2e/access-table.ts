// Who may call what: every server action, route handler and desk page against every kind of
// caller, with the answer each must get. tests/e2e/authorization.test.ts calls each one as each
// caller over HTTP and fails on any answer not written here, and on any action, route or desk
// page that is missing from this table.

export const CALLERS = ["visitor", "editor", "reviewer", "admin", "deactivated", "demoted"] as const;
export type Caller = (typeof CALLERS)[number];
// ok: the guard let the call through (its answer may still refuse the input).
// sign-in: refused as not signed in (401, the action's "Sign in", or a redirect to /signin).
// forbidden: refused for the role (403, or the action's "This needs the … role").
export type Answer = "ok" | "sign-in" | "forbidden";
type Row = Record<Caller, Answer>;

// A deactivated user signed in before their account was deactivated; a demoted user signed in as
// a reviewer before their role was lowered to editor. Both sessions have ended.
const ANYONE: Row = { visitor: "ok", editor: "ok", reviewer: "ok", admin: "ok", deactivated: "ok", demoted: "ok" };
const EDITORS: Row = { visitor: "sign-in", editor: "ok", reviewer: "ok", admin: "ok", deactivated: "sign-in", demoted: "sign-in" };
const REVIEWERS: Row = { visitor: "sign-in", editor: "forbidden", reviewer: "ok", admin: "ok", deactivated: "sign-in", demoted: "sign-in" };
const ADMINS: Row = { visitor: "sign-in", editor: "forbidden", reviewer: "forbidden", admin: "ok", deactivated: "sign-in", demoted: "sign-in" };

/** Server actions, by exported name. `page` is a desk page that carries the action. */
export const ACTIONS: Record<string, { page: "claim" | "new-claim" | "entry" | "ratings" | "signin" | "candidates"; who: Row }> = {
  dismissCandidateAction: { page: "candidates", who: EDITORS },
  // Signing in is for anyone; its answer to a bad or missing password is a sentence.
  signInAction: { page: "signin", who: ANYONE },
  createClaimAction: { page: "new-claim", who: EDITORS },
  saveClaimAction: { page: "claim", who: EDITORS },
  submitClaimAction: { page: "claim", who: EDITORS },
  publishClaimAction: { page: "claim", who: REVIEWERS },
  returnClaimAction: { page: "claim", who: REVIEWERS },
  correctClaimAction: { page: "claim", who: REVIEWERS },
  archiveClaimAction: { page: "claim", who: REVIEWERS },
  saveRatingScaleAction: { page: "ratings", who: ADMINS },
  createActorAction: { page: "new-claim", who: EDITORS },
  findActorsAction: { page: "new-claim", who: EDITORS },
  createQuantityAction: { page: "new-claim", who: EDITORS },
  linkEvidenceAction: { page: "claim", who: EDITORS },
  changeEvidenceAction: { page: "claim", who: EDITORS },
  unlinkEvidenceAction: { page: "claim", who: EDITORS },
  dismissSuggestionAction: { page: "claim", who: EDITORS },
  searchEntriesAction: { page: "claim", who: EDITORS },
  correctEntryAction: { page: "entry", who: EDITORS },
};

/** Route handlers, by file; each with the request the test makes. Paths use the demo's data. */
export const ROUTES: Record<string, { method: "GET" | "POST"; path: string; who: Row }> = {
  "app/api/health/route.ts": { method: "GET", path: "/api/health", who: ANYONE },
  "app/api/auth/[...nextauth]/route.ts": { method: "GET", path: "/api/auth/session", who: ANYONE },
  "app/api/v1/claims/route.ts": { method: "GET", path: "/api/v1/claims", who: ANYONE },
  "app/api/v1/claims/[slug]/route.ts": { method: "GET", path: "/api/v1/claims/20-000-bandits-attacked-almaty", who: ANYONE },
  "app/api/v1/quantities/[key]/route.ts": { method: "GET", path: "/api/v1/quantities/deaths-january-2022", who: ANYONE },
  "app/api/v1/openapi.json/route.ts": { method: "GET", path: "/api/v1/openapi.json", who: ANYONE },
  "app/feed.xml/route.ts": { method: "GET", path: "/feed.xml", who: ANYONE },
  "app/atom.xml/route.ts": { method: "GET", path: "/atom.xml", who: ANYONE },
  "app/claim-reviews.json/route.ts": { method: "GET", path: "/claim-reviews.json", who: ANYONE },
  "app/robots.txt/route.ts": { method: "GET", path: "/robots.txt", who: ANYONE },
  "app/sitemap.xml/route.ts": { method: "GET", path: "/sitemap.xml", who: ANYONE },
  "app/sitemaps/[name]/route.ts": { method: "GET", path: "/sitemaps/claims-1.xml", who: ANYONE },
  "app/exports/claims/route.ts": { method: "GET", path: "/exports/claims?format=json", who: ANYONE },
  "app/api/desk/exports/route.ts": { method: "GET", path: "/api/desk/exports?format=json", who: EDITORS },
  "app/api/imports/preview/route.ts": { method: "POST", path: "/api/imports/preview", who: EDITORS },
  "app/api/imports/route.ts": { method: "POST", path: "/api/imports", who: EDITORS },
};

/** Desk pages, by file: every one is for signed-in staff; visitors are sent to sign in. */
export const DESK_PAGES: Record<string, { path: string; who: Row }> = {
  "app/(desk)/desk/page.tsx": { path: "/desk", who: EDITORS },
  "app/(desk)/desk/claims/page.tsx": { path: "/desk/claims", who: EDITORS },
  "app/(desk)/desk/claims/new/page.tsx": { path: "/desk/claims/new", who: EDITORS },
  "app/(desk)/desk/claims/[id]/page.tsx": { path: "/desk/claims/:claim", who: EDITORS },
  "app/(desk)/desk/candidates/page.tsx": { path: "/desk/candidates", who: EDITORS },
  "app/(desk)/desk/entries/page.tsx": { path: "/desk/entries", who: EDITORS },
  "app/(desk)/desk/entries/[id]/page.tsx": { path: "/desk/entries/:entry", who: EDITORS },
  "app/(desk)/desk/import/page.tsx": { path: "/desk/import", who: EDITORS },
  "app/(desk)/desk/quantities/page.tsx": { path: "/desk/quantities", who: EDITORS },
  "app/(desk)/desk/quantities/[key]/page.tsx": { path: "/desk/quantities/deaths-january-2022", who: EDITORS },
  "app/(desk)/desk/ratings/page.tsx": { path: "/desk/ratings", who: EDITORS },
  "app/(desk)/desk/sources/page.tsx": { path: "/desk/sources", who: EDITORS },
  "app/(desk)/desk/sources/[id]/page.tsx": { path: "/desk/sources/:source", who: EDITORS },
};
