import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, FACTLOG_DATA_DIR: ".data", SIGNIN_MAX_FAILURES: 5, SIGNIN_WINDOW_MINUTES: 15 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("stops with one sentence naming a malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://root@localhost/x" })).toThrow(
      new ConfigError("Configuration error: DATABASE_URL must be a postgresql:// URL, for example postgresql://user@127.0.0.1:5432/factlog."),
    );
    expect(() => parseEnv({ PORT: "eighty" })).toThrow('Configuration error: PORT must be a positive whole number (got "eighty").');
    expect(() => parseEnv({ PORT: "70000" })).toThrow("Configuration error: PORT must be a port number below 65536.");
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/^Configuration error: NEXTAUTH_SECRET must be at least 32 characters/);
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow(/^Configuration error: NODE_ENV /);
  });

  it("treats an empty variable as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", PORT: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
