// The desk's API with personal tokens (issue 22): every operation answers every kind of token as
// the access table says; a script using only the API imports a source, logs a claim with
// evidence and a second user's token publishes it; bad tokens and stale versions are refused in
// words, with the status that says which.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/tokens";
import { DESK_OPERATIONS } from "../../lib/api/desk-operations";
import { createDb, type Db } from "../../lib/db/client";
import { createUser, setUserActive, setUserRole } from "../../lib/users/mutations";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { DESK_API, TOKEN_CALLERS, type Answer, type TokenCaller } from "./access-table";

const base = inject("baseUrl");

function answerOf(status: number): Answer | string {
  if (status === 401) return "sign-in";
  if (status === 403) return "forbidden";
  if (status >= 500) return `HTTP ${status}`;
  return "ok"; // 2xx, or 400/404/409 about the input: the token was let through
}

describe("the desk's API, with API tokens", () => {
  let db: Db;
  const tokens = {} as Record<TokenCaller, string>;
  const ids = { claim: "", source: "", entry: "" };

  async function tokenFor(email: string, scope: "read" | "write", name = `${scope} token`) {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true } });
    return createApiToken({ db, actor: user, input: { name, scope } });
  }
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, json: json as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    const [editor, reviewer, admin] = (["editor", "reviewer", "admin"] as const).map((role) => DEMO_USERS.find((user) => user.role === role)!);
    tokens["editor-read"] = (await tokenFor(editor.email, "read")).token;
    tokens["editor-write"] = (await tokenFor(editor.email, "write")).token;
    tokens["reviewer-read"] = (await tokenFor(reviewer.email, "read")).token;
    tokens["reviewer-write"] = (await tokenFor(reviewer.email, "write")).token;
    tokens["admin-write"] = (await tokenFor(admin.email, "write")).token;
    const password = "a desk API test password";
    await createUser({ db, actorId: null, input: { email: "api-deactivated@factlog.test", name: "Deactivated API Editor", role: "editor", password } });
    await createUser({ db, actorId: null, input: { email: "api-demoted@factlog.test", name: "Demoted API Reviewer", role: "reviewer", password } });
    tokens.deactivated = (await tokenFor("api-deactivated@factlog.test", "write")).token;
    tokens.demoted = (await tokenFor("api-demoted@factlog.test", "write")).token;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await setUserActive({ db, actorId: null, email: "api-deactivated@factlog.test", active: false });
    await setUserRole({ db, actorId: null, email: "api-demoted@factlog.test", role: "editor" });
    const revoked = await tokenFor(editor.email, "write", "revoked");
    const owner = await db.user.findUniqueOrThrow({ where: { email: editor.email }, select: { id: true, email: true, name: true, role: true } });
    await revokeApiToken({ db, actor: owner, id: revoked.id });
    tokens.revoked = revoked.token;
    const expired = await tokenFor(editor.email, "write", "expired");
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    tokens.expired = expired.token;
    tokens.malformed = "fl_not-a-real-token";
    tokens.none = "";
    ids.claim = (await db.claim.findFirstOrThrow({ select: { id: true } })).id;
    const entry = await db.entry.findFirstOrThrow({ select: { id: true, sourceId: true } });
    ids.entry = entry.id;
    ids.source = entry.sourceId;
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("the access table lists every operation of the desk's API", () => {
    expect(Object.keys(DESK_API).sort()).toEqual(Object.keys(DESK_OPERATIONS).sort());
  });

  it("every operation answers every kind of token as the table says, and changes nothing on bad input", async () => {
    const before = await db.auditEvent.count();
    const wrong: string[] = [];
    for (const [id, who] of Object.entries(DESK_API)) {
      const operation = DESK_OPERATIONS[id as keyof typeof DESK_OPERATIONS];
      const path = operation.path.replace("{id}", operation.path.includes("/sources/") ? ids.source : operation.path.includes("/imports/") ? "no-such-job" : ids.claim).replace("{linkId}", "no-such-link");
      for (const caller of TOKEN_CALLERS) {
        // A body no schema accepts: a token let through is refused on its input.
        const { status } = await call(operation.method, path, tokens[caller] || null, operation.method === "GET" ? undefined : {});
        const answer = answerOf(status);
        if (answer !== who[caller]) wrong.push(`${operation.method} ${path} (${id}) with ${caller}: expected ${who[caller]}, got ${answer} (${status})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("says which is wrong with a token: missing, malformed, unknown, revoked, expired, ended, or of the wrong scope", async () => {
    const message = async (token: string | null, path = "/api/v1/desk/sources", method = "GET") => {
      const { status, json } = await call(method, path, token, method === "GET" ? undefined : {});
      return `${status} ${json.error.message}`;
    };
    expect(await message(null)).toMatch(/^401 This route needs an API token/);
    expect(await message("fl_short")).toMatch(/^401 The Authorization header is malformed/);
    expect(await message(`fl_${"A".repeat(43)}`)).toMatch(/^401 This API token is not known/);
    expect(await message(tokens.revoked)).toMatch(/^401 This API token was revoked/);
    expect(await message(tokens.expired)).toMatch(/^401 This API token has expired/);
    expect(await message(tokens.deactivated)).toMatch(/^401 This API token's account is deactivated/);
    expect(await message(tokens.demoted)).toMatch(/^401 This API token's rights ended/);
    expect(await message(tokens["editor-read"], "/api/v1/desk/claims", "POST")).toMatch(/^403 This API token may only read/);
    expect(await message(tokens["editor-write"], `/api/v1/desk/claims/${ids.claim}/publish`, "POST")).toMatch(/^403 This route needs the reviewer role/);
    // A session cookie is not a token, and the token never travels in the address.
    expect((await fetch(`${base}/api/v1/desk/sources?token=${tokens["editor-read"]}`)).status).toBe(401);
  });

  it("a script using only the API imports a source, logs a claim with evidence, and a second user's token publishes it", async () => {
    const editor = tokens["editor-write"];
    const blog = [
      "Live: the toll of the unrest",
      "",
      "10:15",
      "The health ministry said 103 people were treated in hospitals overnight, according to its morning statement.",
      "",
      "11:40",
      "The city's mayor said on television that 12 buses had been burned near the central square.",
      "",
      "12:05",
      "Fire brigade records seen by reporters list 9 burned buses, not 12.",
    ].join("\n");
    const queued = await call("POST", "/api/v1/desk/imports", editor, { files: [{ name: "api-live-blog.txt", content: blog }], options: { kind: "live-blog", language: "en", outlet: "API Wire", title: "API test live blog" } });
    expect(queued.status).toBe(202);
    const [job] = queued.json.jobs as string[];
    let status = await call("GET", `/api/v1/desk/imports/${job}`, editor);
    for (let attempt = 0; attempt < 100 && status.json.status !== "DONE" && status.json.status !== "FAILED"; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = await call("GET", `/api/v1/desk/imports/${job}`, editor);
    }
    expect(status.json.status).toBe("DONE");
    const sourceId = status.json.sourceId as string;
    const entries = (await call("GET", `/api/v1/desk/sources/${sourceId}/entries`, editor)).json.entries as { id: string; text: string }[];
    const said = entries.find((entry) => entry.text.includes("12 buses"))!;
    const against = entries.find((entry) => entry.text.includes("9 burned buses"))!;

    const created = await call("POST", "/api/v1/desk/claims", editor, {
      statement: "12 buses were burned near the central square",
      quoteOriginal: "12 buses had been burned near the central square",
      quoteLanguage: "en",
      entryId: said.id,
      anchor: { exact: "12 buses had been burned near the central square" },
    });
    expect(created.status).toBe(201);
    const claim = created.json;
    expect(claim.anchor).toMatchObject({ state: "EXACT" });
    const linked = await call("POST", `/api/v1/desk/claims/${claim.id}/evidence`, editor, { entryId: against.id, stance: "CONTRADICTS", passage: "list 9 burned buses, not 12", note: "Fire brigade records." });
    expect(linked.status).toBe(201);

    // A stale version: 409 with both versions.
    const stale = await call("POST", `/api/v1/desk/claims/${claim.id}/submit`, editor, { version: claim.version + 5 });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ yourVersion: claim.version + 5, currentVersion: claim.version });
    const renamed = await call("PATCH", `/api/v1/desk/claims/${claim.id}`, editor, { version: claim.version, fields: { saidWhere: "On city television" } });
    expect(renamed.status).toBe(200);
    const conflict = await call("PATCH", `/api/v1/desk/claims/${claim.id}`, editor, { version: claim.version, fields: { saidWhere: "On the radio" } });
    expect(conflict.status).toBe(409);
    expect(conflict.json.error.clashes).toEqual([{ field: "saidWhere", yours: "On the radio", theirs: "On city television" }]);

    const submitted = await call("POST", `/api/v1/desk/claims/${claim.id}/submit`, editor, { version: renamed.json.version });
    expect(submitted.json.status).toBe("in_review");
    // A second user, a reviewer, publishes it with their own token (the author never could: two people review).
    const published = await call("POST", `/api/v1/desk/claims/${claim.id}/publish`, tokens["reviewer-write"], { version: submitted.json.version, ratingKey: "false", verdictSummary: "Fire brigade records list 9 burned buses, not 12." });
    expect(published.status).toBe(200);
    expect(published.json.status).toBe("published");
    // Older than every other verdict, so no other test's "latest" changes.
    await db.claim.update({ where: { id: claim.id }, data: { publishedAt: new Date(Date.UTC(2022, 0, 30)) } });
    const reader = await fetch(`${base}/api/v1/claims/${published.json.slug}`);
    expect(reader.status).toBe(200);
    expect((await reader.json()).verdict).toMatchObject({ key: "false" });

    // Every change names the token it came through.
    const events = await db.auditEvent.findMany({ where: { entityType: "Claim", entityId: claim.id }, select: { action: true, apiToken: { select: { name: true, user: { select: { email: true } } } } } });
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((event) => event.apiToken !== null)).toBe(true);
    expect(events.find((event) => event.action === "publish")?.apiToken?.user.email).toBe(DEMO_USERS.find((user) => user.role === "reviewer")!.email);
  });

  it("describes every operation in the OpenAPI document, from the schemas that validate it", async () => {
    const document = await (await fetch(`${base}/api/v1/openapi.json`)).json();
    for (const operation of Object.values(DESK_OPERATIONS)) {
      const described = document.paths[operation.path]?.[operation.method.toLowerCase()];
      expect(described, `${operation.method} ${operation.path}`).toBeDefined();
      expect(described.security).toEqual([{ apiToken: [] }]);
    }
    expect(document.paths["/api/v1/desk/claims"].post.requestBody.content["application/json"].schema.required).toEqual(expect.arrayContaining(["statement", "quoteOriginal", "quoteLanguage"]));
  });
});
