import { FieldError, inEnglish } from "../errors";
import type { Db } from "../db/client";
import { hashPassword } from "../auth/password";
import { toRole } from "../auth/roles";
import { recordAudit } from "../audit/record-audit";
import { createUserSchema, roleNameSchema, type CreateUserInput } from "./schema";

const PUBLIC_FIELDS = { id: true, email: true, name: true, role: true, active: true, createdAt: true } as const;

/** `actorId` is null when the command line (an operator on the server) creates the user. */
export async function createUser(options: { db: Db; actorId: string | null; input: CreateUserInput }) {
  const parsed = createUserSchema.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FieldError(`${String(issue.path[0] ?? "input")}: ${inEnglish(issue.message)}`, issue.path.map(String).join("."));
  }
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return options.db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw new FieldError(`A user with the email ${email} already exists.`, "email");
    const user = await tx.user.create({ data: { email, name, role: toRole(role), passwordHash }, select: PUBLIC_FIELDS });
    await recordAudit(tx, { actorId: options.actorId, entityType: "User", entityId: user.id, action: "create", after: user });
    return user;
  });
}

export async function setUserActive(options: { db: Db; actorId: string | null; email: string; active: boolean }) {
  const email = options.email.trim().toLowerCase();
  return options.db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email }, select: PUBLIC_FIELDS });
    if (!before) throw new FieldError(`No user has the email ${email}.`, "email");
    const user = await tx.user.update({ where: { email }, data: { active: options.active, sessionsValidFrom: new Date() }, select: PUBLIC_FIELDS });
    await recordAudit(tx, {
      actorId: options.actorId,
      entityType: "User",
      entityId: user.id,
      action: options.active ? "activate" : "deactivate",
      before,
      after: user,
    });
    return user;
  });
}

/** Changes a user's role; their sessions end, so the new role starts with a new sign-in. */
export async function setUserRole(options: { db: Db; actorId: string | null; email: string; role: string }) {
  const email = options.email.trim().toLowerCase();
  const role = roleNameSchema.safeParse(options.role);
  if (!role.success) throw new FieldError(role.error.issues[0].message, "role");
  return options.db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email }, select: PUBLIC_FIELDS });
    if (!before) throw new FieldError(`No user has the email ${email}.`, "email");
    const user = await tx.user.update({ where: { email }, data: { role: toRole(role.data), sessionsValidFrom: new Date() }, select: PUBLIC_FIELDS });
    await recordAudit(tx, { actorId: options.actorId, entityType: "User", entityId: user.id, action: "change-role", before, after: user });
    return user;
  });
}
