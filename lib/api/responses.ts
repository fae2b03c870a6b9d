// Responses of the public API: JSON, readable from any origin (it is public and read-only),
// and briefly cacheable.
const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=30" };

export function jsonOk(body: unknown): Response {
  return Response.json(body, { headers: HEADERS });
}

export function jsonError(status: 400 | 404, message: string): Response {
  return Response.json({ error: { message } }, { status, headers: HEADERS });
}

/** Query parameters as a plain object, one value each (the first when repeated). */
export function queryParams(request: Request): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) if (!(name in params)) params[name] = value;
  return params;
}
