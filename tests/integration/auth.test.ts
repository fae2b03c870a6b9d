import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { assertRole, AuthError, loadActiveUser } from "../../lib/auth/guards";
import { authenticate, WRONG_CREDENTIALS } from "../../lib/auth/sign-in";
import { inEnglish } from "../../lib/errors";
import { createUser, setUserActive, setUserRole } from "../../lib/users/mutations";
import { resetData, testDb } from "../helpers/db";

const db = testDb();
const PASSWORD = "correct horse battery";

async function makeUser(role: "editor" | "reviewer" | "admin", email = `${role}@example.org`) {
  return createUser({ db, actorId: null, input: { email, name: `${role} user`, role, password: PASSWORD } });
}

describe("sign-in", () => {
  beforeEach(() => resetData(db));
  afterAll(() => db.$disconnect());

  it("accepts the right password and stores only a hash", async () => {
    await makeUser("editor");
    const result = await authenticate({ db, email: "Editor@Example.org ", password: PASSWORD, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email: "editor@example.org", role: "EDITOR" } });
    const stored = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    await makeUser("editor");
    expect(await authenticate({ db, email: "editor@example.org", password: "wrong password!", ip: "10.0.0.1" })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await authenticate({ db, email: "nobody@example.org", password: PASSWORD, ip: "10.0.0.1" })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await db.signInAttempt.count({ where: { succeeded: false } })).toBe(2);
  });

  it("refuses a deactivated user even with the right password", async () => {
    await makeUser("editor");
    await setUserActive({ db, actorId: null, email: "editor@example.org", active: false });
    expect(await authenticate({ db, email: "editor@example.org", password: PASSWORD, ip: "10.0.0.1" })).toMatchObject({ ok: false });
  });

  it("slows down repeated failures for one email and says how long to wait", async () => {
    await makeUser("editor");
    const now = new Date("2026-01-01T12:00:00Z");
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const at = new Date(now.getTime() + attempt * 1000);
      expect(await authenticate({ db, email: "editor@example.org", password: "wrong password!", ip: `10.0.0.${attempt}`, now: at })).toMatchObject({ ok: false, message: WRONG_CREDENTIALS });
    }
    const blocked = await authenticate({ db, email: "editor@example.org", password: PASSWORD, ip: "10.0.9.9", now: new Date(now.getTime() + 10_000) });
    expect({ ...blocked, message: blocked.ok ? "" : inEnglish(blocked.message) }).toMatchObject({ ok: false, message: "Too many failed sign-ins. Wait 15 minutes and try again." });
    // After the window the right password works again.
    const later = await authenticate({ db, email: "editor@example.org", password: PASSWORD, ip: "10.0.9.9", now: new Date(now.getTime() + 16 * 60_000) });
    expect(later).toMatchObject({ ok: true });
  });

  it("slows down one address spraying many emails", async () => {
    await makeUser("editor");
    const now = new Date("2026-01-01T12:00:00Z");
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await authenticate({ db, email: `guess${attempt}@example.org`, password: "wrong password!", ip: "203.0.113.7", now: new Date(now.getTime() + attempt * 1000) });
    }
    const blocked = await authenticate({ db, email: "editor@example.org", password: PASSWORD, ip: "203.0.113.7", now: new Date(now.getTime() + 30_000) });
    expect({ ...blocked, message: blocked.ok ? "" : inEnglish(blocked.message) }).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many failed sign-ins/) });
  });
});

describe("guards", () => {
  beforeEach(() => resetData(db));

  it("each role's guard refuses the roles below it and visitors", async () => {
    const users = {
      editor: await loadActiveUser(db, (await makeUser("editor")).id),
      reviewer: await loadActiveUser(db, (await makeUser("reviewer")).id),
      admin: await loadActiveUser(db, (await makeUser("admin")).id),
      visitor: null,
    };
    const allowed = {
      editor: ["editor", "reviewer", "admin"],
      reviewer: ["reviewer", "admin"],
      admin: ["admin"],
    } as const;
    for (const [required, who] of Object.entries(allowed) as [keyof typeof allowed, readonly string[]][]) {
      for (const [caller, user] of Object.entries(users)) {
        if (who.includes(caller)) {
          expect(assertRole(user, required).id).toBe(user!.id);
        } else {
          expect(() => assertRole(user, required), `${caller} must be refused by requireRole("${required}")`).toThrow(AuthError);
        }
      }
    }
  });

  it("a deactivated user's session no longer resolves to a user", async () => {
    const user = await makeUser("reviewer");
    expect(await loadActiveUser(db, user.id)).not.toBeNull();
    await setUserActive({ db, actorId: null, email: user.email, active: false });
    expect(await loadActiveUser(db, user.id)).toBeNull();
    expect(() => assertRole(null, "editor")).toThrow("Sign in to continue.");
  });

  it("a session that began before the user's role changed no longer resolves; a new sign-in gets the new role", async () => {
    const user = await makeUser("reviewer");
    const signedIn = Date.now();
    expect((await loadActiveUser(db, user.id, signedIn))?.role).toBe("REVIEWER");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = await setUserRole({ db, actorId: null, email: user.email, role: "editor" });
    expect(changed.role).toBe("EDITOR");
    expect(await loadActiveUser(db, user.id, signedIn)).toBeNull();
    expect((await loadActiveUser(db, user.id, Date.now()))?.role).toBe("EDITOR");
    const audit = await db.auditEvent.findFirst({ where: { entityId: user.id, action: "change-role" } });
    expect(audit).not.toBeNull();
    await expect(setUserRole({ db, actorId: null, email: user.email, role: "owner" })).rejects.toThrow("Role must be one of: editor, reviewer, admin.");
    await expect(setUserRole({ db, actorId: null, email: "nobody@factlog.test", role: "admin" })).rejects.toThrow("No user has the email nobody@factlog.test.");
  });

  it("reactivating a user does not bring back the sessions that deactivation ended", async () => {
    const user = await makeUser("editor");
    const signedIn = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setUserActive({ db, actorId: null, email: user.email, active: false });
    await setUserActive({ db, actorId: null, email: user.email, active: true });
    expect(await loadActiveUser(db, user.id, signedIn)).toBeNull();
    expect(await loadActiveUser(db, user.id, Date.now())).not.toBeNull();
  });
});
