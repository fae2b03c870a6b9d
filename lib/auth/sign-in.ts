import { said } from "../i18n/refusals";
import { z } from "zod";
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { getEnv } from "../env";
import { burnPasswordCheck, verifyPassword } from "./password";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: said("auth.email") })),
  password: z.string().min(1, { message: said("auth.password") }).max(200, { message: said("auth.passwordTooLong") }),
});

export type SignedInUser = { id: string; email: string; name: string; role: Role };

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; message: string; retryAfterSeconds?: number };

export const WRONG_CREDENTIALS = said("auth.wrongCredentials");

/**
 * Checks a sign-in and records the attempt. After SIGNIN_MAX_FAILURES failures within
 * SIGNIN_WINDOW_MINUTES for one email or one address, further attempts wait, and say so.
 */
export async function authenticate(options: {
  db: Db;
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<SignInResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const parsed = signInSchema.safeParse({ email: options.email, password: options.password });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const { email, password } = parsed.data;
  const ip = options.ip || "unknown";

  const wait = await secondsUntilAllowed({ db, email, ip, now });
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return {
      ok: false,
      retryAfterSeconds: wait,
      message: said("auth.tooManyAttempts", { minutes }),
    };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  let valid = false;
  if (user) valid = await verifyPassword(password, user.passwordHash);
  else await burnPasswordCheck(password);
  const succeeded = Boolean(user && valid && user.active);
  await db.signInAttempt.create({ data: { email, ip, succeeded, createdAt: now } });
  if (!user || !succeeded) return { ok: false, message: WRONG_CREDENTIALS };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

async function secondsUntilAllowed(options: { db: Db; email: string; ip: string; now: Date }): Promise<number> {
  const { SIGNIN_MAX_FAILURES: maxFailures, SIGNIN_WINDOW_MINUTES: windowMinutes } = getEnv();
  const windowMs = windowMinutes * 60_000;
  const since = new Date(options.now.getTime() - windowMs);
  let wait = 0;
  // One email is protected from guessing; one address from spraying many emails (a wider limit).
  for (const [where, limit] of [
    [{ email: options.email }, maxFailures],
    [{ ip: options.ip }, maxFailures * 4],
  ] as const) {
    const lastSuccess = await options.db.signInAttempt.findFirst({
      where: { ...where, succeeded: true, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const failures = await options.db.signInAttempt.findMany({
      where: { ...where, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (failures.length >= limit) {
      const oldest = failures[failures.length - 1].createdAt.getTime();
      wait = Math.max(wait, Math.ceil((oldest + windowMs - options.now.getTime()) / 1000));
    }
  }
  return wait;
}
