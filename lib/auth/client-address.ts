/** The caller's address as the proxy in front reports it, for counting failed sign-ins. */
export function clientAddress(headers: { get(name: string): string | null } | Record<string, unknown> | undefined): string {
  const read = (name: string) => {
    if (!headers) return undefined;
    const value = typeof (headers as { get?: unknown }).get === "function" ? (headers as { get(name: string): string | null }).get(name) : (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : undefined;
  };
  const first = read("x-forwarded-for")?.split(",")[0]?.trim();
  return first || read("x-real-ip") || "unknown";
}
