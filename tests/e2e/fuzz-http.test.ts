// Hostile input over HTTP, fuzzed with fast-check against the running build: the API's query
// parameters, the reader's search page, and every server action with arbitrary arguments.
// None may answer 500; refusals say what is wrong.
import fc from "fast-check";
import { seedFuzzing } from "../helpers/fuzz-seed";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { DEMO_USERS } from "../../prisma/demo/seed-demo";
import { signInOverHttp } from "../helpers/http-session";
import { buildActions, callAction } from "../helpers/server-actions";

seedFuzzing();

const KEYS = ["q", "verdict", "speaker", "tag", "from", "to", "language", "quantity", "limit", "cursor", "status", "format", "page"];
const value = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.constantFrom("", "2022-01-05", "2022-13-45", "-1", "0", "101", "1e3", "NaN", "ru", "ky", "xx", "' OR 1=1 --", "%", "%00", "<script>", "eyJhIjoxfQ", "a".repeat(3000), "true"),
);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })), value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());

/** Arguments as React's client would encode them: a string starting with "$" is escaped as "$$". */
function encodeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeReply);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, encodeReply(each)]));
  return value;
}

describe("hostile input over HTTP, fuzzed", () => {
  const base = inject("baseUrl");
  let cookie = "";
  const ids = { id: "" , entry: "" };
  beforeAll(async () => {
    const editor = DEMO_USERS.find((user) => user.role === "editor")!;
    cookie = await signInOverHttp(base, editor.email, editor.password);
    const db = createDb(inject("databaseUrl"), { maxConnections: 1 });
    ids.id = (await db.claim.findFirstOrThrow({ select: { id: true } })).id;
    ids.entry = (await db.entry.findFirstOrThrow({ select: { id: true } })).id;
    await db.$disconnect();
  });

  /** A desk page that carries the action: its first page in the build, with real ids filled in. */
  function pageOf(pages: string[]): string {
    const page = pages[0].replace("app/(desk)", "").replace(/\/page$/, "");
    return page.replace("/claims/[id]", `/claims/${ids.id}`).replace("/entries/[id]", `/entries/${ids.entry}`);
  }

  it("the claims API answers any query with 200 or a 400 that names the parameter", async () => {
    await fc.assert(
      fc.asyncProperty(query, async (search) => {
        const response = await fetch(`${base}/api/v1/claims?${search}`);
        const body = (await response.json()) as { items?: unknown[]; error?: { message?: string } };
        expect([200, 400], search).toContain(response.status);
        if (response.status === 400) expect(body.error?.message, search).toMatch(/parameter "[^"]*"/);
        else expect(Array.isArray(body.items), search).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("search pages and one-claim addresses never answer 500", async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.string({ unit: "grapheme", maxLength: 80 }), async (search, slug) => {
        const page = await fetch(`${base}/search?${search}`);
        await page.arrayBuffer();
        expect(page.status, search).toBe(200);
        const claim = await fetch(`${base}/api/v1/claims/${encodeURIComponent(slug)}`);
        await claim.arrayBuffer();
        expect([200, 404], slug).toContain(claim.status);
      }),
      { numRuns: 300 },
    );
  });

  it("every server action answers arbitrary arguments with a result, never a 500", async () => {
    const actions = [...buildActions().values()];
    expect(actions.length).toBeGreaterThanOrEqual(17);
    const hostile = fc.oneof(fc.anything({ maxDepth: 2 }), fc.record({ claimId: fc.string(), version: fc.oneof(fc.integer(), fc.string()), query: fc.string(), note: fc.string({ maxLength: 3000 }) }, { requiredKeys: [] }));
    for (const action of actions) {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { maxLength: 2 }), async (args) => {
          const { status, body } = await callAction({ base, page: pageOf(action.pages), id: action.id, args: encodeReply(args) as unknown[], cookie });
          expect(status, `${action.name}(${JSON.stringify(args).slice(0, 200)})`).toBe(200);
          expect(body, action.name).toMatch(/"ok":(true|false)/);
        }),
        { numRuns: 60 },
      );
    }
  });
});
