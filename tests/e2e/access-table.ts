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
export const ACTIONS: Record<string, { page: "claim" | "new-claim" | "entry" | "ratings" | "signin" | "candidates" | "tokens" | "webhooks" | "identity" | "follows"; who: Row }> = {
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
  redateEntryAction: { page: "entry", who: EDITORS },
  createApiTokenAction: { page: "tokens", who: EDITORS },
  revokeApiTokenAction: { page: "tokens", who: EDITORS },
  createWebhookAction: { page: "webhooks", who: ADMINS },
  setWebhookActiveAction: { page: "webhooks", who: ADMINS },
  resendWebhookDeliveryAction: { page: "webhooks", who: ADMINS },
  saveSiteIdentityAction: { page: "identity", who: ADMINS },
  // Any of the staff follows feeds; only an admin may allow a private address (checked inside, on the input).
  createFollowAction: { page: "follows", who: EDITORS },
  setFollowStateAction: { page: "follows", who: EDITORS },
  pollFollowNowAction: { page: "follows", who: EDITORS },
  saveTranslationAction: { page: "claim", who: EDITORS },
  approveTranslationAction: { page: "claim", who: REVIEWERS },
  // The desk's language, in the header of every desk page: each signed-in person sets their own.
  chooseDeskLanguageAction: { page: "claim", who: EDITORS },
};

// The desk's API takes API tokens only, never a session cookie (so no other site can make a
// signed-in browser call it): to every cookie, signed in or not, it answers 401.
const TOKENS_ONLY: Row = { visitor: "sign-in", editor: "sign-in", reviewer: "sign-in", admin: "sign-in", deactivated: "sign-in", demoted: "sign-in" };

/** Route handlers, by file; each with the request the test makes. Paths use the demo's data. */
export const ROUTES: Record<string, { method: "GET" | "POST" | "PATCH"; path: string; who: Row }> = {
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
  "app/api/v1/desk/sources/route.ts": { method: "GET", path: "/api/v1/desk/sources", who: TOKENS_ONLY },
  "app/api/v1/desk/sources/[id]/entries/route.ts": { method: "GET", path: "/api/v1/desk/sources/x/entries", who: TOKENS_ONLY },
  "app/api/v1/desk/candidates/route.ts": { method: "GET", path: "/api/v1/desk/candidates", who: TOKENS_ONLY },
  "app/api/v1/desk/imports/route.ts": { method: "POST", path: "/api/v1/desk/imports", who: TOKENS_ONLY },
  "app/api/v1/desk/imports/[id]/route.ts": { method: "GET", path: "/api/v1/desk/imports/x", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/route.ts": { method: "POST", path: "/api/v1/desk/claims", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/route.ts": { method: "GET", path: "/api/v1/desk/claims/x", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/evidence/route.ts": { method: "POST", path: "/api/v1/desk/claims/x/evidence", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/evidence/[linkId]/route.ts": { method: "PATCH", path: "/api/v1/desk/claims/x/evidence/y", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/submit/route.ts": { method: "POST", path: "/api/v1/desk/claims/x/submit", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/publish/route.ts": { method: "POST", path: "/api/v1/desk/claims/x/publish", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/return/route.ts": { method: "POST", path: "/api/v1/desk/claims/x/return", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/correct/route.ts": { method: "POST", path: "/api/v1/desk/claims/x/correct", who: TOKENS_ONLY },
  "app/api/v1/desk/claims/[id]/archive/route.ts": { method: "POST", path: "/api/v1/desk/claims/x/archive", who: TOKENS_ONLY },
  "app/api/v1/desk/exports/route.ts": { method: "GET", path: "/api/v1/desk/exports", who: TOKENS_ONLY },
  "app/logo/route.ts": { method: "GET", path: "/logo", who: ANYONE },
};

/**
 * The desk's API, by operation (lib/api/desk-operations.ts), against every kind of token:
 * tests/e2e/desk-api.test.ts calls each with each and fails on any answer not written here.
 */
export const TOKEN_CALLERS = ["editor-read", "editor-write", "reviewer-read", "reviewer-write", "admin-write", "deactivated", "demoted", "revoked", "expired", "malformed", "none"] as const;
export type TokenCaller = (typeof TOKEN_CALLERS)[number];
type TokenRow = Record<TokenCaller, Answer>;
const ENDED = { deactivated: "sign-in", demoted: "sign-in", revoked: "sign-in", expired: "sign-in", malformed: "sign-in", none: "sign-in" } as const;
const EDITORS_READ: TokenRow = { "editor-read": "ok", "editor-write": "ok", "reviewer-read": "ok", "reviewer-write": "ok", "admin-write": "ok", ...ENDED };
const EDITORS_WRITE: TokenRow = { "editor-read": "forbidden", "editor-write": "ok", "reviewer-read": "forbidden", "reviewer-write": "ok", "admin-write": "ok", ...ENDED };
const REVIEWERS_WRITE: TokenRow = { "editor-read": "forbidden", "editor-write": "forbidden", "reviewer-read": "forbidden", "reviewer-write": "ok", "admin-write": "ok", ...ENDED };

export const DESK_API: Record<string, TokenRow> = {
  listSources: EDITORS_READ,
  listEntries: EDITORS_READ,
  listCandidates: EDITORS_READ,
  importSource: EDITORS_WRITE,
  importStatus: EDITORS_READ,
  createClaim: EDITORS_WRITE,
  getClaim: EDITORS_READ,
  updateClaim: EDITORS_WRITE,
  linkEvidence: EDITORS_WRITE,
  changeEvidence: EDITORS_WRITE,
  submitClaim: EDITORS_WRITE,
  publishClaim: REVIEWERS_WRITE,
  returnClaim: REVIEWERS_WRITE,
  correctClaim: REVIEWERS_WRITE,
  archiveClaim: REVIEWERS_WRITE,
  exportClaims: EDITORS_READ,
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
  "app/(desk)/desk/follows/page.tsx": { path: "/desk/follows", who: EDITORS },
  "app/(desk)/desk/translations/page.tsx": { path: "/desk/translations", who: EDITORS },
  "app/(desk)/desk/quantities/page.tsx": { path: "/desk/quantities", who: EDITORS },
  "app/(desk)/desk/quantities/[key]/page.tsx": { path: "/desk/quantities/deaths-january-2022", who: EDITORS },
  "app/(desk)/desk/ratings/page.tsx": { path: "/desk/ratings", who: EDITORS },
  "app/(desk)/desk/sources/page.tsx": { path: "/desk/sources", who: EDITORS },
  "app/(desk)/desk/sources/[id]/page.tsx": { path: "/desk/sources/:source", who: EDITORS },
  "app/(desk)/desk/tokens/page.tsx": { path: "/desk/tokens", who: EDITORS },
  // Open to staff; only an admin sees and changes the site's identity.
  "app/(desk)/desk/identity/page.tsx": { path: "/desk/identity", who: EDITORS },
  // Open to staff; only an admin sees and changes webhooks (the others read a sentence saying so).
  "app/(desk)/desk/webhooks/page.tsx": { path: "/desk/webhooks", who: EDITORS },
};
