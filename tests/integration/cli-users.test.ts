import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resetData, testDb } from "../helpers/db";
import { runFactlog } from "../helpers/factlog-cli";

const ROOT = path.resolve(import.meta.dirname, "../..");
const db = testDb();

const factlog = (...args: string[]) => runFactlog(args, { DATABASE_URL: inject("databaseUrl"), BCRYPT_COST: "4" });

describe("npm run factlog -- user", () => {
  beforeAll(() => resetData(db));
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("creates, lists, deactivates and reactivates users, with an audit event each", async () => {
    expect(factlog("user", "create", "--email", "Ana@Example.org", "--name", "Ana", "--role", "reviewer", "--password", "a long password 1")).toMatchObject({
      code: 0,
      out: "Created reviewer ana@example.org (Ana).\n",
    });
    const list = factlog("user", "list");
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/ana@example\.org\s+reviewer\s+active\s+Ana/);
    expect(factlog("user", "deactivate", "--email", "ana@example.org")).toMatchObject({ code: 0, out: "ana@example.org is now deactivated.\n" });
    expect(factlog("user", "list").out).toMatch(/ana@example\.org\s+reviewer\s+deactivated/);
    expect(factlog("user", "activate", "--email", "ana@example.org").code).toBe(0);
    const events = await db.auditEvent.findMany({ where: { entityType: "User" }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(events).toEqual([
      { action: "create", actorId: null },
      { action: "deactivate", actorId: null },
      { action: "activate", actorId: null },
    ]);
  });

  it("says what is wrong and exits non-zero on bad input", () => {
    expect(factlog("user", "create", "--email", "ana@example.org", "--name", "Ana", "--role", "reviewer", "--password", "a long password 1")).toMatchObject({
      code: 1,
      err: "factlog: A user with the email ana@example.org already exists.\n",
    });
    expect(factlog("user", "create", "--email", "b@example.org", "--name", "B", "--role", "boss", "--password", "a long password 1")).toMatchObject({
      code: 1,
      err: "factlog: Role must be one of: editor, reviewer, admin.\n",
    });
    expect(factlog("user", "create", "--email", "b@example.org", "--name", "B", "--role", "editor", "--password", "short")).toMatchObject({
      code: 1,
      err: "factlog: password: Use at least 10 characters.\n",
    });
    expect(factlog("user", "create", "--email", "b@example.org", "--name", "B", "--role", "editor")).toMatchObject({
      code: 1,
      err: "factlog: No terminal to ask for the password: pass --password, or run the command in a terminal.\n",
    });
    expect(factlog("user", "deactivate", "--email", "nobody@example.org")).toMatchObject({ code: 1, err: "factlog: No user has the email nobody@example.org.\n" });
    const unknown = factlog("user", "frobnicate");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Unknown user command "frobnicate"');
  });

  it("stops with one sentence when DATABASE_URL is malformed or unreachable", () => {
    const run = (url: string) =>
      spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/cli/migrate.ts"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
      });
    const malformed = run("mysql://root@localhost/x");
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toBe("factlog: Configuration error: DATABASE_URL must be a postgresql:// URL, for example postgresql://user@127.0.0.1:5432/factlog.\n");
    const unreachable = run("postgresql://postgres@127.0.0.1:1/factlog");
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/^factlog: Could not reach PostgreSQL at 127\.0\.0\.1:1 \(database factlog\): /);
  });
});
