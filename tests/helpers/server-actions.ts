// Calling the build's server actions over plain HTTP, as the browser's form would: the action's
// id (from Next's server reference manifest) in the Next-Action header, its arguments as JSON,
// and its result read back from the React Server Components reply.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, TEST_DIST_DIR } from "./served-app";

export type BuildAction = { id: string; name: string; pages: string[] };
export type ActionReply<T = unknown> = { ok: boolean; message?: string; data?: T };

/** Every server action of the tests' production build, by exported name. */
export function buildActions(): Map<string, BuildAction> {
  const file = path.resolve(ROOT, TEST_DIST_DIR, "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string; workers: Record<string, unknown> }> };
  return new Map(Object.entries(manifest.node).map(([id, action]) => [action.exportedName, { id, name: action.exportedName, pages: Object.keys(action.workers) }]));
}

/** The action's result object in a React Server Components reply, or null if there is none. */
export function actionReply<T = unknown>(body: string): ActionReply<T> | null {
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    const value = JSON.parse(json) as { ok?: unknown };
    if (typeof value.ok === "boolean") return value as ActionReply<T>;
  }
  return null;
}

/** POSTs one call of an action to a desk page that carries it; `origin` defaults to the site's own. */
export async function callAction<T = unknown>(options: { base: string; page: string; id: string; args: unknown[]; cookie?: string; origin?: string; timeoutMs?: number }) {
  const response = await fetch(`${options.base}${options.page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": options.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: options.origin ?? options.base, cookie: options.cookie ?? "" },
    body: JSON.stringify(options.args),
    ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
  });
  const body = await response.text();
  return { status: response.status, body, reply: actionReply<T>(body) };
}
