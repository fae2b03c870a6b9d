import { z } from "zod";

// The filters readers and API clients may put on the list of published claims. Pages are
// lenient (a bad value is dropped and the rest still apply); the API is strict and says which
// parameter is wrong. Both read the same schema.
const key = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: "must be a key of letters, digits and hyphens, as in the claim's JSON" });
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date written YYYY-MM-DD" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { message: "must be a real calendar date" });

export const PUBLIC_QUOTE_LANGUAGES = ["en", "ru", "ky", "kk", "mixed"] as const;

// The descriptions go into the API's OpenAPI document (lib/api/openapi.ts), which is generated
// from these schemas, so the document cannot drift from what the API accepts.
export const publicFilterSchema = z.object({
  q: z.string().max(200, { message: "must be at most 200 characters" }).meta({ description: "Words to find in the statement, quote, translations or speaker's names (any spelling)." }).optional(),
  verdict: key.meta({ description: "A verdict key, e.g. false." }).optional(),
  speaker: key.meta({ description: "A speaker's slug." }).optional(),
  tag: key.meta({ description: "A tag's slug." }).optional(),
  quantity: key.meta({ description: "A quantity's key, e.g. deaths." }).optional(),
  language: z.enum(PUBLIC_QUOTE_LANGUAGES, { message: `must be one of ${PUBLIC_QUOTE_LANGUAGES.join(", ")}` }).meta({ description: "The quote's language." }).optional(),
  from: day.meta({ description: "Said on or after this day (YYYY-MM-DD).", format: "date" }).optional(),
  to: day.meta({ description: "Said on or before this day (YYYY-MM-DD).", format: "date" }).optional(),
});

export const limitSchema = z.coerce.number().int().min(1).max(100).default(20).meta({ description: "How many claims a page holds." });
export const cursorSchema = z.string().meta({ description: "The `next` value of the previous page." });

export type PublicFilter = z.infer<typeof publicFilterSchema>;
export const FILTER_KEYS = Object.keys(publicFilterSchema.shape) as (keyof PublicFilter)[];

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined || one.trim() === "" ? undefined : one;
}

/**
 * The first parameter given empty where its schema does not allow empty ("from=", "speaker="):
 * the API refuses it, as its OpenAPI document says, rather than guess. An empty "q" is a search
 * for nothing in particular, which the document allows.
 */
function emptyParameter(params: Params): string | null {
  for (const name of FILTER_KEYS) {
    const value = params[name];
    const one = Array.isArray(value) ? value[0] : value;
    if (one !== undefined && one.trim() === "" && !publicFilterSchema.shape[name].unwrap().safeParse(one).success) return name;
  }
  return null;
}

/** For pages: every filter that parses is kept, every one that does not is dropped. */
export function parseFilterLeniently(params: Params): PublicFilter {
  const filter: Record<string, unknown> = {};
  for (const name of FILTER_KEYS) {
    const value = first(params[name]);
    if (value === undefined) continue;
    const parsed = publicFilterSchema.shape[name].safeParse(name === "q" ? value.slice(0, 200) : value);
    if (parsed.success) filter[name] = parsed.data;
  }
  return filter as PublicFilter;
}

export type StrictResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** For the API: the first bad parameter is named, with what it must be. */
export function parseFilterStrictly(params: Params): StrictResult<PublicFilter> {
  const empty = emptyParameter(params);
  if (empty) return { ok: false, message: `The parameter "${empty}" is empty: give it a value, or leave it out.` };
  const values = Object.fromEntries(FILTER_KEYS.map((name) => [name, first(params[name])]).filter(([, value]) => value !== undefined));
  const parsed = publicFilterSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `The parameter "${String(issue.path[0])}" ${issue.message}.` };
}

// A cursor is the last item's publication time and id, so pages stay stable while new verdicts arrive.
export type Cursor = { publishedAt: Date; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    const publishedAt = new Date(parsed[0]);
    if (Number.isNaN(publishedAt.getTime()) || !/^[a-z0-9]{1,40}$/i.test(parsed[1])) return null;
    return { publishedAt, id: parsed[1] };
  } catch {
    return null;
  }
}

/** The page size: 20 unless a whole number from 1 to 100 is asked for. */
export function parseLimit(value: string | undefined): StrictResult<number> {
  if (value !== undefined && value.trim() === "") return { ok: false, message: 'The parameter "limit" is empty: give a whole number from 1 to 100, or leave it out.' };
  const parsed = limitSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `The parameter "limit" must be a whole number from 1 to 100 (got "${(value ?? "").slice(0, 20)}").` };
  return { ok: true, value: parsed.data };
}
