import { describe, expect, it } from "vitest";
import { FILTER_KEYS, parseLimit } from "../claims/public-filter";
import { openApiDocument } from "./openapi";

type Parameter = { name: string; schema: Record<string, unknown>; description?: string };
const parameters = (openApiDocument.paths["/api/v1/claims"].get as { parameters: Parameter[] }).parameters;

describe("the OpenAPI document", () => {
  it("describes exactly the parameters the API reads, from the schemas that parse them", () => {
    expect(parameters.map((parameter) => parameter.name)).toEqual([...FILTER_KEYS, "limit", "cursor"]);
    for (const parameter of parameters) expect(parameter.description, parameter.name).toBeTruthy();
    const limit = parameters.find((parameter) => parameter.name === "limit")!.schema;
    expect(limit).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 20 });
    // What the document promises is what the parser does.
    expect(parseLimit(String(limit.maximum)).ok).toBe(true);
    expect(parseLimit(String(Number(limit.maximum) + 1)).ok).toBe(false);
    expect(parseLimit(undefined)).toEqual({ ok: true, value: limit.default });
    expect(parameters.find((parameter) => parameter.name === "language")!.schema.enum).toEqual(["en", "ru", "ky", "kk", "mixed"]);
  });
});
