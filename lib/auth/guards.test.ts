import { describe, expect, it } from "vitest";
import { assertRole, assertUser, AuthError, type CurrentUser } from "./guards";
import { hasRole } from "./roles";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: role, email: `${role}@x.org`, name: role, role });

describe("guards", () => {
  it("ranks roles: admin over reviewer over editor", () => {
    expect(hasRole("ADMIN", "reviewer")).toBe(true);
    expect(hasRole("REVIEWER", "editor")).toBe(true);
    expect(hasRole("EDITOR", "reviewer")).toBe(false);
    expect(hasRole("REVIEWER", "admin")).toBe(false);
  });

  it("refuses a visitor as unauthenticated and a lower role as forbidden", () => {
    expect(() => assertUser(null)).toThrow(AuthError);
    try {
      assertRole(user("EDITOR"), "reviewer");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).kind).toBe("forbidden");
      expect((error as AuthError).message).toBe("This needs the reviewer role; your account is editor.");
    }
    expect(assertRole(user("ADMIN"), "reviewer").role).toBe("ADMIN");
  });
});
