import { refusal } from "../i18n/refusals";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { AuthError } from "../auth/errors";
import type { CurrentUser } from "../auth/guards";
import { hasRole, type RoleName } from "../auth/roles";
import { parseInput, UserFacingError } from "../errors";
import { createTokenSchema, type CreateTokenInput, type TokenScope } from "./schema";

/**
 * Personal API tokens (issue 22). A token is "fl_" and 43 random base64url characters: shown to
 * its owner once, kept as its SHA-256 (a token is random, so a slow hash adds nothing). It acts
 * as its user at the user's current role, and only while the user's sessions would last:
 * deactivating the user or changing their role ends it at once, as it ends their sessions.
 */
const TOKEN_PATTERN = /^fl_[A-Za-z0-9_-]{43}$/;
// Last use is written at most this often per token, not on every call.
const LAST_USED_EVERY_MS = 60_000;

export type TokenCaller = CurrentUser & { tokenId: string; scope: TokenScope };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createApiToken(options: { db: Db; actor: CurrentUser; input: CreateTokenInput }) {
  const input = parseInput(createTokenSchema, options.input);
  const token = `fl_${randomBytes(32).toString("base64url")}`;
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const created = await options.db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: options.actor.id, name: input.name, scope: input.scope === "write" ? "WRITE" : "READ", tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt },
      select: { id: true, name: true, scope: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "ApiToken", entityId: row.id, action: "create", after: row });
    return row;
  });
  return { ...created, token };
}

export async function revokeApiToken(options: { db: Db; actor: CurrentUser; id: string }) {
  await options.db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: options.id, userId: options.actor.id }, select: { id: true, revokedAt: true } });
    if (!token) throw new UserFacingError(refusal("tokens.gone"));
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "ApiToken", entityId: token.id, action: "revoke" });
  });
}

/**
 * The caller behind `Authorization: Bearer fl_…`, allowed `role` and `scope`; else an AuthError
 * that says which of these failed (401: no, malformed, unknown, revoked or expired token, or its
 * rights ended; 403: the wrong scope or role).
 */
export async function authenticateToken(options: { db: Db; authorization: string | null; role: RoleName; scope: TokenScope }): Promise<TokenCaller> {
  const header = options.authorization?.trim() ?? "";
  if (!header) throw new AuthError("unauthenticated", "This route needs an API token: send it as Authorization: Bearer fl_… (create one in the desk under API tokens).");
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || !TOKEN_PATTERN.test(match[1])) throw new AuthError("unauthenticated", "The Authorization header is malformed: it must be Bearer followed by a token starting with fl_.");
  const row = await options.db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    select: { id: true, scope: true, expiresAt: true, revokedAt: true, createdAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true, sessionsValidFrom: true } } },
  });
  if (!row) throw new AuthError("unauthenticated", "This API token is not known: it may have been mistyped or deleted.");
  if (row.revokedAt) throw new AuthError("unauthenticated", "This API token was revoked; create a new one in the desk.");
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) throw new AuthError("unauthenticated", "This API token has expired; create a new one in the desk.");
  if (!row.user.active) throw new AuthError("unauthenticated", "This API token's account is deactivated.");
  if (row.createdAt < row.user.sessionsValidFrom) throw new AuthError("unauthenticated", "This API token's rights ended when its account's role or status changed; create a new one.");
  const scope: TokenScope = row.scope === "WRITE" ? "write" : "read";
  if (options.scope === "write" && scope !== "write") throw new AuthError("forbidden", "This API token may only read; this route needs a token with the write scope.");
  if (!hasRole(row.user.role, options.role)) throw new AuthError("forbidden", `This route needs the ${options.role} role; the token's account is ${row.user.role.toLowerCase()}.`);
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await options.db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const { id, email, name, role } = row.user;
  return { id, email, name, role, tokenId: row.id, scope };
}
