// The OpenAPI 3.1 document of the read-only public API, served at /api/v1/openapi.json. The
// contract tests validate live responses against these schemas, which forbid unknown fields:
// a change to serialize.ts that is not described here fails them. The query parameters are
// generated from the zod schemas that validate them (public-filter.ts).
import { z } from "zod";
import { cursorSchema, FILTER_KEYS, limitSchema, publicFilterSchema } from "../claims/public-filter";
import { TRANSLATION_LANGUAGES } from "../translations/fields";

/** The JSON Schema of what a zod schema accepts (its input), as the OpenAPI document embeds it. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** A query parameter described by the zod schema that parses it. */
function queryParameter(name: string, schema: z.ZodType) {
  const { description, ...json } = openApiSchema(schema);
  return { name, in: "query", schema: json, ...(description ? { description } : {}) };
}

const claimListParameters = [
  ...FILTER_KEYS.map((name) => queryParameter(name, publicFilterSchema.shape[name].unwrap())),
  queryParameter("limit", limitSchema),
  queryParameter("cursor", cursorSchema),
];
const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });
const text = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const labels = { type: "object", additionalProperties: false, required: ["en", "ru", "ky"], properties: { en: text, ru: text, ky: text } };
const hedge = { type: "string", enum: ["EXACT", "APPROX", "AT_LEAST", "AT_MOST", "RANGE", "VAGUE"] };

const source = {
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "url", "outlet", "publishedAt", "language"],
  properties: { id: text, title: text, url: nullable(text), outlet: nullable(text), publishedAt: nullable(dateTime), language: text },
};

const claimItemProperties = {
  slug: { type: "string", pattern: "^[a-z0-9-]+$" },
  url: { type: "string", format: "uri" },
  status: { type: "string", enum: ["published", "updated"], description: "updated: corrected after publication; see corrections." },
  statement: { type: "string", maxLength: 75 },
  quote: {
    type: "object",
    additionalProperties: false,
    required: ["text", "language", "translations"],
    properties: { text, language: text, translations: { type: "object", additionalProperties: text } },
  },
  speaker: nullable({ type: "object", additionalProperties: false, required: ["name", "slug"], properties: { name: text, slug: text } }),
  speakerRole: nullable(text),
  saidAt: nullable(dateTime),
  saidWhere: nullable(text),
  figure: nullable({
    type: "object",
    additionalProperties: false,
    required: ["value", "low", "high", "hedge", "unit", "asOf", "quantity"],
    properties: {
      value: nullable({ type: "number" }),
      low: nullable({ type: "number" }),
      high: nullable({ type: "number" }),
      hedge,
      unit: nullable(text),
      asOf: nullable(dateTime),
      quantity: nullable({ type: "object", additionalProperties: false, required: ["key", "label"], properties: { key: text, label: labels } }),
    },
  }),
  verdict: nullable({
    type: "object",
    additionalProperties: false,
    required: ["key", "label", "reviewValue"],
    properties: { key: text, label: labels, reviewValue: nullable({ type: "integer", minimum: 1, maximum: 5, description: "ClaimReview ratingValue: 1 false … 5 true; null for verdicts off that scale." }) },
  }),
  summary: nullable(text),
  tags: { type: "array", items: text },
  publishedAt: nullable(dateTime),
  updatedAt: dateTime,
};

const entryRef = (extra: Record<string, object> = {}) => ({
  type: "object",
  additionalProperties: false,
  required: ["ordinal", "postedAt", "url", ...Object.keys(extra)],
  properties: { ordinal: { type: "integer" }, postedAt: nullable(text), url: { type: "string", format: "uri" }, ...extra },
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Factlog public API",
    version: "1.0.0",
    description: "Read-only access to published verdicts and the figures behind them. Only published claims ever appear. Responses are JSON; errors are {\"error\": {\"message\": ...}}.",
  },
  paths: {
    "/api/v1/claims": {
      get: {
        summary: "Published claims, newest first",
        parameters: claimListParameters,
        responses: {
          "200": { description: "A page of claims", content: { "application/json": { schema: { $ref: "#/components/schemas/ClaimList" } } } },
          "400": { description: "A parameter is malformed", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/v1/claims/{slug}": {
      get: {
        summary: "One published claim with its figure, verdict and evidence",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The claim", content: { "application/json": { schema: { $ref: "#/components/schemas/Claim" } } } },
          "404": { description: "No published claim has this slug", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/v1/quantities/{key}": {
      get: {
        summary: "Every figure reported for a quantity, with its source and date",
        parameters: [{ name: "key", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The quantity", content: { "application/json": { schema: { $ref: "#/components/schemas/Quantity" } } } },
          "404": { description: "No published quantity has this key", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        additionalProperties: false,
        required: ["error"],
        properties: { error: { type: "object", additionalProperties: false, required: ["message"], properties: { message: text } } },
      },
      ClaimItem: { type: "object", additionalProperties: false, required: Object.keys(claimItemProperties), properties: claimItemProperties },
      ClaimList: {
        type: "object",
        additionalProperties: false,
        required: ["items", "next"],
        properties: { items: { type: "array", items: { $ref: "#/components/schemas/ClaimItem" } }, next: nullable(text) },
      },
      Claim: {
        type: "object",
        additionalProperties: false,
        required: [...Object.keys(claimItemProperties), "versions", "attribution", "attributionChain", "source", "evidence", "corrections"],
        properties: {
          ...claimItemProperties,
          versions: {
            type: "object",
            description: "The verdict in each other language, once a reviewer approved its statement and summary there; null until then.",
            additionalProperties: false,
            required: [...TRANSLATION_LANGUAGES],
            properties: Object.fromEntries(
              TRANSLATION_LANGUAGES.map((language) => [
                language,
                nullable({ type: "object", additionalProperties: false, required: ["statement", "summary", "speakerRole", "url"], properties: { statement: text, summary: nullable(text), speakerRole: nullable(text), url: { type: "string", format: "uri" } } }),
              ]),
            ),
          },
          attribution: nullable(text),
          attributionChain: { type: "array", items: { type: "object" } },
          source: nullable({ ...source, required: [...source.required, "entry"], properties: { ...source.properties, entry: entryRef() } }),
          evidence: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["stance", "passage", "note", "source", "entry"],
              properties: { stance: { type: "string", enum: ["SUPPORTS", "CONTRADICTS", "CONTEXT"] }, passage: text, note: nullable(text), source, entry: entryRef({ language: text }) },
            },
          },
          corrections: { type: "array", items: { type: "object", additionalProperties: false, required: ["note", "at"], properties: { note: text, at: dateTime } } },
        },
      },
      Quantity: {
        type: "object",
        additionalProperties: false,
        required: ["key", "label", "unit", "partOf", "figures"],
        properties: {
          key: text,
          label: labels,
          unit: nullable(text),
          partOf: nullable(text),
          figures: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["kind", "value", "low", "high", "hedge", "unit", "at", "text", "language", "who", "source", "claim", "conflict"],
              properties: {
                kind: { type: "string", enum: ["source", "claim"] },
                value: nullable({ type: "number" }),
                low: nullable({ type: "number" }),
                high: nullable({ type: "number" }),
                hedge,
                unit: nullable(text),
                at: nullable(dateTime),
                text,
                language: nullable(text),
                who: nullable(text),
                source: nullable({ type: "object", additionalProperties: false, required: ["id", "title", "outlet", "public"], properties: { id: text, title: text, outlet: nullable(text), public: { type: "boolean" } } }),
                claim: nullable(text),
                conflict: { type: "boolean", description: "Disagrees, beyond both hedges, with another figure for the same day." },
              },
            },
          },
        },
      },
    },
  },
} as const;
