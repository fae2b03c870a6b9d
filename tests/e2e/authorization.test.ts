import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { createUser, setUserActive, setUserRole } from "../../lib/users/mutations";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { signInOverHttp } from "../helpers/http-session";
import { actionReply, buildActions, callAction } from "../helpers/server-actions";
import { ACTIONS, CALLERS, DESK_PAGES, ROUTES, type Answer, type Caller } from "./access-table";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every file under app/ with this name, as a path from the project root. */
function appFiles(name: string, dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(name, full);
    return entry.name === name ? [path.relative(ROOT, full)] : [];
  });
}

function answerOfAction(status: number, body: string): Answer | string {
  if (status !== 200) return `HTTP ${status}`;
  const result = actionReply(body);
  if (!result) return `no result in ${body.slice(0, 200)}`;
  if (result.ok) return "ok";
  if (result.message === "Sign in to continue.") return "sign-in";
  if (/^This needs the \w+ role/.test(result.message ?? "")) return "forbidden";
  return "ok"; // past the guard, refused on its input
}

function answerOfRoute(status: number): Answer | string {
  if (status === 401) return "sign-in";
  if (status === 403) return "forbidden";
  if (status >= 500) return `HTTP ${status}`;
  return "ok"; // 2xx, or a 400 about the input: the guard let it through
}

function answerOfPage(status: number, location: string | null): Answer | string {
  if (status === 307 && location?.startsWith("/signin")) return "sign-in";
  if (status === 200) return "ok";
  return `HTTP ${status}${location ? ` → ${location}` : ""}`;
}

describe("who may call what, over HTTP, as every kind of caller", () => {
  const base = inject("baseUrl");
  let db: Db;
  const cookies = {} as Record<Caller, string>;
  const ids = { claim: "", entry: "", source: "" };

  beforeAll(async () => {
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    for (const role of ["editor", "reviewer", "admin"] as const) {
      const user = DEMO_USERS.find((each) => each.role === role)!;
      cookies[role] = await signInOverHttp(base, user.email, user.password);
    }
    cookies.visitor = "";
    // Two sessions that have ended: a user deactivated, and a reviewer lowered to editor, each after signing in.
    const password = "an authorization test password";
    await createUser({ db, actorId: null, input: { email: "authz-deactivated@factlog.test", name: "Deactivated Editor", role: "editor", password } });
    await createUser({ db, actorId: null, input: { email: "authz-demoted@factlog.test", name: "Demoted Reviewer", role: "reviewer", password } });
    cookies.deactivated = await signInOverHttp(base, "authz-deactivated@factlog.test", password);
    cookies.demoted = await signInOverHttp(base, "authz-demoted@factlog.test", password);
    await setUserActive({ db, actorId: null, email: "authz-deactivated@factlog.test", active: false });
    await setUserRole({ db, actorId: null, email: "authz-demoted@factlog.test", role: "editor" });
    ids.claim = (await db.claim.findFirstOrThrow({ select: { id: true } })).id;
    ids.entry = (await db.entry.findFirstOrThrow({ select: { id: true } })).id;
    ids.source = (await db.source.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("the table lists every server action, route handler and desk page of the build", () => {
    expect([...buildActions().keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
    expect(appFiles("route.ts").sort()).toEqual(Object.keys(ROUTES).sort());
    expect(appFiles("page.tsx").filter((file) => file.startsWith("app/(desk)/desk/")).sort()).toEqual(Object.keys(DESK_PAGES).sort());
  });

  it("every server action answers every caller as the table says", async () => {
    const actions = buildActions();
    const pages = { claim: `/desk/claims/${ids.claim}`, "new-claim": "/desk/claims/new", entry: `/desk/entries/${ids.entry}`, ratings: "/desk/ratings", signin: "/signin", candidates: "/desk/candidates", tokens: "/desk/tokens", webhooks: "/desk/webhooks", identity: "/desk/identity", follows: "/desk/follows" };
    const wrong: string[] = [];
    for (const [name, { page, who }] of Object.entries(ACTIONS)) {
      for (const caller of CALLERS) {
        // Input that passes no validation: a caller let through is refused on the input, and nothing changes.
        const { status, body } = await callAction({ base, page: pages[page], id: actions.get(name)!.id, args: [{ claimId: "no-such-claim", version: 1 }], cookie: cookies[caller] });
        const answer = answerOfAction(status, body);
        if (answer !== who[caller]) wrong.push(`${name} as ${caller}: expected ${who[caller]}, got ${answer}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every route handler answers every caller as the table says", async () => {
    const wrong: string[] = [];
    for (const [file, { method, path: address, who }] of Object.entries(ROUTES)) {
      for (const caller of CALLERS) {
        const response = await fetch(`${base}${address}`, {
          method,
          redirect: "manual",
          headers: { origin: base, cookie: cookies[caller] },
          ...(method !== "GET" ? { body: new FormData() } : {}),
        });
        await response.body?.cancel();
        const answer = answerOfRoute(response.status);
        if (answer !== who[caller]) wrong.push(`${method} ${address} (${file}) as ${caller}: expected ${who[caller]}, got ${answer}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every desk page answers every caller as the table says", async () => {
    const wrong: string[] = [];
    for (const { path: pattern, who } of Object.values(DESK_PAGES)) {
      const address = pattern.replace(":claim", ids.claim).replace(":entry", ids.entry).replace(":source", ids.source);
      for (const caller of CALLERS) {
        const response = await fetch(`${base}${address}`, { redirect: "manual", headers: { cookie: cookies[caller] } });
        await response.body?.cancel();
        const answer = answerOfPage(response.status, response.headers.get("location"));
        if (answer !== who[caller]) wrong.push(`${address} as ${caller}: expected ${who[caller]}, got ${answer}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses state changes sent from another site, even with an admin's session", async () => {
    for (const address of ["/api/imports/preview", "/api/imports"]) {
      const response = await fetch(`${base}${address}`, { method: "POST", headers: { origin: "https://attacker.example", cookie: cookies.admin }, body: new FormData() });
      expect(response.status, address).toBe(403);
      expect(await response.json()).toEqual({ ok: false, message: "This request came from another site and was refused." });
    }
    const before = await db.rating.count();
    const { status, body } = await callAction({ base, page: "/desk/ratings", id: buildActions().get("saveRatingScaleAction")!.id, args: [{ ratings: [] }], cookie: cookies.admin, origin: "https://attacker.example" });
    expect(status).toBe(403);
    expect(JSON.parse(body)).toEqual({ ok: false, message: "This request came from another site and was refused." });
    expect(await db.rating.count()).toBe(before);
  });
});
