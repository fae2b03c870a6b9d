import "server-only";
import { openApiDocument, openApiSchema } from "./openapi";
import { DESK_OPERATIONS, type DeskOperation } from "./desk-operations";

/**
 * The desk's API in the OpenAPI document, generated from the operations table and the zod
 * schemas that validate each request (lib/api/desk-operations.ts), so the two cannot drift.
 */
const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

function describe(operation: DeskOperation, operationId: string) {
  const pathParameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  const input = openApiSchema(operation.input);
  const queryParameters =
    operation.method === "GET"
      ? Object.entries((input.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({ name, in: "query", schema, required: ((input.required ?? []) as string[]).includes(name) }))
      : [];
  return {
    operationId,
    summary: operation.summary,
    description: `Needs an API token with the ${operation.scope} scope, of a user with the ${operation.role} role or above.`,
    security: [{ apiToken: [] }],
    parameters: [...pathParameters, ...queryParameters],
    ...(operation.method === "GET" ? {} : { requestBody: { required: true, content: { "application/json": { schema: input } } } }),
    responses: {
      [String(operation.status ?? 200)]: { description: "Done", content: { "application/json": { schema: { type: "object" } } } },
      "400": error("The input is malformed; the message names the field"),
      "401": error("No token, or a malformed, unknown, revoked or expired one, or one whose rights ended"),
      "403": error("The token's scope or its user's role does not allow this"),
      "404": error("No such claim, source, link or import job"),
      "409": error("The version sent is not the stored one: both values in the answer"),
    },
  };
}

export function deskApiPaths() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, operation] of Object.entries(DESK_OPERATIONS) as [string, DeskOperation][]) {
    paths[operation.path] = { ...paths[operation.path], [operation.method.toLowerCase()]: describe(operation, id) };
  }
  return paths;
}

/** The whole document: the public API, and the desk's behind API tokens. */
export function fullOpenApiDocument() {
  return {
    ...openApiDocument,
    info: { ...openApiDocument.info, title: "Factlog API", description: `${openApiDocument.info.description} The desk's API (/api/v1/desk/…) needs a personal API token: Authorization: Bearer fl_…` },
    paths: { ...openApiDocument.paths, ...deskApiPaths() },
    components: { ...openApiDocument.components, securitySchemes: { apiToken: { type: "http", scheme: "bearer", description: "A personal API token, created in the desk under API tokens." } } },
  };
}
