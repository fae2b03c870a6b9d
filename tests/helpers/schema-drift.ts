import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

/**
 * Describes a database schema two ways, from schema.prisma (through Prisma's own schema
 * parser, compiled to WebAssembly) and from a migrated database (pg_catalog), in one shape,
 * so a test can compare them and fail on any drift.
 */
export type SchemaShape = {
  tables: Record<string, { columns: Record<string, { type: string; nullable: boolean; hasDefault: boolean }> }>;
  enums: Record<string, string[]>;
  indexes: string[];
  foreignKeys: string[];
};

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  isUpdatedAt?: boolean;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; dbName?: string | null; algorithm?: string; fields: { name: string }[] };

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

function columnType(field: DmmfField): string {
  let type: string;
  if (field.kind === "enum") type = `"${field.type}"`;
  else if (field.nativeType?.[0] === "VarChar") type = `character varying(${field.nativeType[1][0]})`;
  else if (field.nativeType?.[0] === "Timestamptz") type = `timestamp(${field.nativeType[1][0] ?? 6}) with time zone`;
  else type = SCALAR_TYPES[field.type] ?? `unknown ${field.type}`;
  return field.isList ? `${type}[]` : type;
}

const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

export async function shapeFromPrismaSchema(schemaPath: string): Promise<SchemaShape> {
  const text = await readFile(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [[path.basename(schemaPath), text]] }))) as {
    datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
  };
  const { models, enums, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((model) => [model.name, model.dbName ?? model.name]));
  const shape: SchemaShape = { tables: {}, enums: {}, indexes: [], foreignKeys: [] };

  // Unsupported("...") fields are absent from the DMMF; read them from the schema text.
  const unsupported = new Map<string, { name: string; type: string; nullable: boolean }[]>();
  for (const block of text.replace(/\/\/.*$/gm, "").matchAll(/^model (\w+) \{$([\s\S]*?)^\}$/gm)) {
    for (const field of block[2].matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)) {
      unsupported.set(block[1], [...(unsupported.get(block[1]) ?? []), { name: field[1], type: field[2], nullable: Boolean(field[3]) }]);
    }
  }

  for (const model of models) {
    const table = tableOf.get(model.name)!;
    const columns: SchemaShape["tables"][string]["columns"] = {};
    const columnOf = new Map<string, string>();
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const column = field.dbName ?? field.name;
      columnOf.set(field.name, column);
      const defaultName = (field.default as { name?: string } | undefined)?.name;
      columns[column] = {
        type: columnType(field),
        nullable: field.isList ? true : !field.isRequired,
        hasDefault: field.hasDefaultValue && !(defaultName && CLIENT_SIDE_DEFAULTS.has(defaultName)),
      };
    }
    for (const field of unsupported.get(model.name) ?? []) {
      columnOf.set(field.name, field.name);
      // Generated columns are stored expressions, not defaults.
      columns[field.name] = { type: field.type, nullable: field.nullable, hasDefault: false };
    }
    shape.tables[table] = { columns };

    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const from = field.relationFromFields.map((name) => columnOf.get(name) ?? name);
      const target = tableOf.get(field.type)!;
      const onDelete = field.relationOnDelete ?? (model.fields.filter((other) => field.relationFromFields!.includes(other.name)).every((other) => other.isRequired) ? "Restrict" : "SetNull");
      shape.foreignKeys.push(`${table}_${from.join("_")}_fkey: ${table}(${from.join(",")}) -> ${target}(${field.relationToFields!.join(",")}) on delete ${onDelete}`);
    }
  }

  for (const index of indexes) {
    const table = tableOf.get(index.model)!;
    const model = models.find((candidate) => candidate.name === index.model)!;
    const columns = index.fields.map((field) => model.fields.find((candidate) => candidate.name === field.name)?.dbName ?? field.name);
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[index.type];
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    const method = (index.algorithm ?? "BTree").toLowerCase();
    shape.indexes.push(`${name}: ${index.type === "normal" ? "index" : "unique"} ${method} (${columns.join(",")})`);
  }
  for (const item of enums) shape.enums[item.name] = item.values.map((value) => value.name);
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}

const ON_DELETE: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

export async function shapeFromDatabase(url: string, schema = "public"): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: SchemaShape = { tables: {}, enums: {}, indexes: [], foreignKeys: [] };
    const columns = await client.query<{ table: string; column: string; type: string; notnull: boolean; hasdefault: boolean }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS notnull, a.atthasdef AND a.attgenerated = '' AS hasdefault
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
      [schema],
    );
    for (const row of columns.rows) {
      shape.tables[row.table] ??= { columns: {} };
      shape.tables[row.table].columns[row.column] = { type: row.type, nullable: !row.notnull, hasDefault: row.hasdefault };
    }
    const enums = await client.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
      [schema],
    );
    for (const row of enums.rows) (shape.enums[row.name] ??= []).push(row.value);
    const indexes = await client.query<{ name: string; unique: boolean; method: string; columns: string[] }>(
      `SELECT i.relname AS name, x.indisunique AS unique, am.amname AS method,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
         CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = $1 AND t.relname <> '_prisma_migrations'
        GROUP BY i.relname, x.indisunique, am.amname`,
      [schema],
    );
    for (const row of indexes.rows) {
      shape.indexes.push(`${row.name}: ${row.unique ? "unique" : "index"} ${row.method} (${row.columns.join(",")})`);
    }
    const foreignKeys = await client.query<{ name: string; table: string; columns: string[]; target: string; targetcolumns: string[]; ondelete: string }>(
      `SELECT con.conname AS name, t.relname AS table, r.relname AS target, con.confdeltype AS ondelete,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS targetcolumns
         FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE con.contype = 'f' AND n.nspname = $1`,
      [schema],
    );
    for (const row of foreignKeys.rows) {
      shape.foreignKeys.push(`${row.name}: ${row.table}(${row.columns.join(",")}) -> ${row.target}(${row.targetcolumns.join(",")}) on delete ${ON_DELETE[row.ondelete]}`);
    }
    shape.indexes.sort();
    shape.foreignKeys.sort();
    return shape;
  } finally {
    await client.end();
  }
}
