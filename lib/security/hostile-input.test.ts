// Hostile input, fuzzed with fast-check: every zod schema the app validates with, the importer
// on arbitrary bytes and names, and the API's query parameters. Nothing may throw anything but
// a user-facing error, and every refusal must say something a person can act on.
import fc from "fast-check";
import { seedFuzzing } from "../../tests/helpers/fuzz-seed";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { createActorSchema } from "../actors/schema";
import { passwordSchema } from "../auth/password";
import { signInSchema } from "../auth/sign-in";
import { parseFilterLeniently, parseFilterStrictly, parseLimit, decodeCursor, publicFilterSchema } from "../claims/public-filter";
import * as claimSchemas from "../claims/schema";
import { correctEntrySchema } from "../entries/schema";
import { UserFacingError } from "../errors";
import { dismissSuggestionSchema, evidenceChangeSchema, linkEvidenceSchema } from "../evidence/schema";
import { exportFilterSchema } from "../export/filter";
import { createQuantitySchema } from "../figures/schema";
import { importOptionsSchema } from "../sources/import-jobs";
import { fileLabel } from "../sources/formats";
import { parseSource } from "../sources/parse";
import * as sourceSchemas from "../sources/schema";
import { createUserSchema, roleNameSchema } from "../users/schema";

seedFuzzing();

const RUNS = 1000;

const SCHEMAS: Record<string, z.ZodType> = {
  createActorSchema, passwordSchema, signInSchema, publicFilterSchema,
  correctEntrySchema, linkEvidenceSchema, evidenceChangeSchema, dismissSuggestionSchema, exportFilterSchema,
  createQuantitySchema, importOptionsSchema, createUserSchema, roleNameSchema,
  ...Object.fromEntries(Object.entries(claimSchemas).filter(([name]) => name.endsWith("Schema"))),
  ...Object.fromEntries(Object.entries(sourceSchemas).filter(([name]) => name.endsWith("Schema"))),
} as Record<string, z.ZodType>;

/** Inputs shaped like a form's: objects with the schema's own field names and hostile values. */
function formLike(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const hostile = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.constantFrom("", " ", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "../../etc/passwd", "\u0000", "NaN", "-0", "1e309", "\u202e"),
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
    fc.array(fc.string(), { maxLength: 4 }), fc.object({ maxDepth: 1 }),
  );
  if (!shape) return fc.oneof(hostile, fc.anything());
  return fc.oneof(fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, hostile])), { requiredKeys: [] }), fc.anything());
}

describe("every zod schema, fuzzed", () => {
  it("covers the schemas the app defines", () => {
    expect(Object.keys(SCHEMAS).length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: never throws, and refuses with a message for each problem`, () => {
      fc.assert(
        fc.property(formLike(schema), (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(typeof issue.message).toBe("string");
            expect(issue.message.trim().length).toBeGreaterThan(3);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("the importer, fuzzed", () => {
  const names = fc.oneof(
    fc.constantFrom("notes.txt", "page.html", "post.md", "result.json", "export.JSON", "archive.zip", "noextension", ".html", "a.b.c.txt"),
    fc.constantFrom("../../etc/passwd", "..\\..\\windows\\system32\\x.txt", "/absolute/path.txt", "name\u0000.txt", "<img src=x>.html", "C:\\tmp\\a.md"),
    fc.string({ maxLength: 80 }),
  );
  const bodies = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.string({ unit: "grapheme", maxLength: 2000 }).map((text) => new TextEncoder().encode(text)),
    fc.array(fc.constantFrom("<html>", "<body>", "<script>alert(1)</script>", "<p>", "12:30", "Алматыда 5 миң адам", "{\"messages\":[", "{\"id\":1,\"text\":\"x\"}", "]}", "\n", "\u00ff\u00fe"), { maxLength: 60 }).map((parts) => new TextEncoder().encode(parts.join(""))),
  );

  it("parses any bytes under any name, or refuses them with a sentence naming the file", () => {
    fc.assert(
      fc.property(bodies, names, (bytes, name) => {
        try {
          const parsed = parseSource({ bytes, name });
          for (const entry of parsed.entries) expect(typeof entry.text).toBe("string");
          if (/[\\/]/.test(name)) expect(parsed.source.title, "a path in a file name never becomes a title").not.toBe(name);
        } catch (error) {
          expect(error).toBeInstanceOf(UserFacingError);
          const message = (error as Error).message;
          expect(message.startsWith(fileLabel(name)), message).toBe(true);
          expect(message, "a path in a file name is never repeated").not.toContain(name.includes("/") || name.includes("\\") ? name : "\u0000never");
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the API's query parameters, fuzzed", () => {
  const KEYS = ["q", "verdict", "speaker", "tag", "from", "to", "language", "quantity", "limit", "cursor", "status", "format"];
  const values = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 250 }),
    fc.constantFrom("", "2022-01-05", "2022-13-45", "9999-99-99", "-1", "0", "101", "1e3", "NaN", "ru", "xx", "' OR 1=1 --", "%00", "<script>", "eyJhIjoxfQ", "a".repeat(5000)),
  );
  const params = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })), fc.oneof(values, fc.array(values, { maxLength: 3 })));

  it("the API names the first bad parameter, and pages keep every good one", () => {
    fc.assert(
      fc.property(params, (input) => {
        const strict = parseFilterStrictly(input);
        if (!strict.ok) expect(strict.message).toMatch(/^The parameter "\w+" .+\.$/);
        const lenient = parseFilterLeniently(input);
        expect(publicFilterSchema.safeParse(lenient).success).toBe(true);
        const limit = parseLimit(typeof input.limit === "string" ? input.limit : undefined);
        if (!limit.ok) expect(limit.message.length).toBeGreaterThan(10);
        if (typeof input.cursor === "string") decodeCursor(input.cursor);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("fileLabel", () => {
  it("keeps only a file's base name, without control or direction characters", () => {
    expect(fileLabel("../../etc/passwd")).toBe("passwd");
    expect(fileLabel("C:\\Users\\x\\live.html")).toBe("live.html");
    expect(fileLabel("repor\u202etxt.exe")).toBe("reportxt.exe");
    expect(fileLabel("a\u0000b.txt")).toBe("ab.txt");
    expect(fileLabel("")).toBe("The file");
    expect(fileLabel("dir/")).toBe("The file");
    expect(fileLabel("x".repeat(500))).toHaveLength(120);
  });
});
