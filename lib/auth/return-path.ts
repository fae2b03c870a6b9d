/** Set by proxy.ts on every request: the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-factlog-path";

/**
 * Where to go after signing in: a path on this site only. An outside address ("//evil.example",
 * "https://evil.example", "/\evil.example") is ignored and the desk's dashboard used instead.
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/desk"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const base = "http://factlog.invalid";
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
