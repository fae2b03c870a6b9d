import type { Role } from "../db/generated/enums";

/** Roles are ranked: a reviewer can do an editor's work, an admin a reviewer's. */
export type RoleName = "editor" | "reviewer" | "admin";

const RANK: Record<Role, number> = { EDITOR: 1, REVIEWER: 2, ADMIN: 3 };
const ROLE_OF: Record<RoleName, Role> = { editor: "EDITOR", reviewer: "REVIEWER", admin: "ADMIN" };

export function toRole(name: RoleName): Role {
  return ROLE_OF[name];
}

export function hasRole(actual: Role, required: RoleName): boolean {
  return RANK[actual] >= RANK[ROLE_OF[required]];
}

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", REVIEWER: "Reviewer", EDITOR: "Editor" };
