import { UserFacingError } from "./errors";
import { z } from "zod";

/**
 * The one reader of process.env. Parsed once, lazily (so `next build` needs no secrets),
 * and every failure is one sentence that names the variable.
 */
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: "must be a postgresql:// URL, for example postgresql://user@127.0.0.1:5432/factlog",
  });

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed <= 0) {
        ctx.addIssue({ code: "custom", message: `must be a positive whole number (got "${value}")` });
        return z.NEVER;
      }
      return parsed;
    });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  // Read replicas for the reader's site, API and feeds, comma-separated (docs/scaling.md).
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) => value.split(",").map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(postgresUrl))
    .optional(),
  FACTLOG_DATA_DIR: z.string().min(1).default(".data"),
  PORT: positiveInt(3000).refine((port) => port < 65536, { message: "must be a port number below 65536" }),
  NEXTAUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" }).optional(),
  NEXTAUTH_URL: z.url({ message: "must be the app's public address, for example https://factlog.example.org" }).optional(),
  FACTLOG_PUBLIC_URL: z.url({ message: "must be an absolute URL, for example https://factlog.example.org" }).optional(),
  FACTLOG_ORG_NAME: z.string().min(1).default("Factlog"),
  // The page cache and remembered results shared by every instance (lib/cache/redis-store.cjs).
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value), { message: "must be a redis:// URL, for example redis://127.0.0.1:6379/0" })
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default("factlog:"),
  // What `npm start` serves (lib/server/web-processes.ts): both sides behind one port, or only the
  // readers' or the desk's, for deployments that route by path at their balancer.
  FACTLOG_SERVE: z.enum(["all", "readers", "desk"], { message: 'must be "all", "readers" or "desk"' }).default("all"),
  // Set by the web processes for each Next.js process they start; each answer names it (proxy.ts).
  FACTLOG_PROCESS_SIDE: z.enum(["all", "readers", "desk"]).default("all"),
  // Set by the web processes for each Next.js process they start: its own address, where it
  // renders the pages a change made stale right after it (lib/cache/warm-pages.ts).
  FACTLOG_OWN_URL: z.url().optional(),
  FACTLOG_READER_PROCESSES: positiveInt(1).refine((count) => count <= 16, { message: "must be between 1 and 16" }),
  // The newsroom's time zone: live blogs' clock times are read in it, and times are shown in it.
  FACTLOG_TIME_ZONE: z
    .string()
    .default("UTC")
    .refine((zone) => isTimeZone(zone), { message: "must be an IANA time zone name, for example Asia/Almaty or UTC" }),
  SIGNIN_MAX_FAILURES: positiveInt(5),
  SIGNIN_WINDOW_MINUTES: positiveInt(15),
  BCRYPT_COST: positiveInt(11).refine((cost) => cost >= 4 && cost <= 15, { message: "must be between 4 and 15" }),
});

export type Env = z.infer<typeof schema>;

export class ConfigError extends UserFacingError {
  constructor(message: string) {
    super(message);
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`Configuration error: ${name} ${issue.message}.`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The environment for a child process we start (next build / next start), plus overrides. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...overrides };
}
