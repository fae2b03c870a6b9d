import { DATABASE_DOWN_FOR_READERS, isDatabaseDown } from "../db/errors";
import { formatShows, GENERATION_HEADER, SHOWS_HEADER, type Shows } from "../cache/generation.cjs";
// Responses of the public API: JSON, readable from any origin (it is public and read-only),
// and briefly cacheable.
const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=30" };

/**
 * A 200 with `body`; `generation`, the public caches' generation read before the body was
 * (publicGeneration), lets the front door keep the answer for as long as it is current.
 */
export function jsonOk(body: unknown, generation?: number | null, shows?: Shows): Response {
  if (typeof generation !== "number") return Response.json(body, { headers: HEADERS });
  return Response.json(body, { headers: { ...HEADERS, [GENERATION_HEADER]: String(generation), ...(shows ? { [SHOWS_HEADER]: formatShows(shows) } : {}) } });
}

export function jsonError(status: 400 | 404 | 503, message: string): Response {
  return Response.json({ error: { message } }, { status, headers: status === 503 ? { ...HEADERS, "Cache-Control": "no-store", "Retry-After": "30" } : HEADERS });
}

/** A route handler that answers 503 with a sentence while the database is down, instead of a bare 500. */
export function withDatabaseErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseDown(error)) throw error;
      console.error(error);
      return jsonError(503, DATABASE_DOWN_FOR_READERS);
    }
  };
}

/** Query parameters as a plain object, one value each (the first when repeated). */
export function queryParams(request: Request): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) if (!(name in params)) params[name] = value;
  return params;
}
