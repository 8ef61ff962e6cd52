/**
 * The field reference for contributors, read from the schemas' JSON Schema (src/lib/json-schema.ts,
 * the same documents published under `schemas/` for editors): types, allowed values, defaults and
 * `.describe()` texts, so that it cannot drift from what the build accepts.
 */
import type { z } from 'astro/zod';
import { contentJsonSchema } from './json-schema';

export interface FieldDoc {
  /** Dotted path, with [] for list items, e.g. "rows[].metrics.fid". */
  path: string;
  /** Human type: "text", "number", "true or false", "one of: a, b", "list of text", "group of fields". */
  type: string;
  required: boolean;
  /** The default, when the field may be omitted and has one. */
  defaultValue?: string | undefined;
  description: string;
}

/** The part of JSON Schema that zod emits for the content schemas. */
interface Json {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
  anyOf?: Json[];
  /** A union told apart by one field (a results row: one branch per benchmark). */
  oneOf?: Json[];
  default?: unknown;
  description?: string;
}

/** A date field: zod's date coercion, as an input, is a YYYY-MM-DD string. */
const DATE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;

function typeName(s: Json): string {
  if (s.anyOf) return [...new Set(s.anyOf.map(typeName))].join(' or ');
  if (s.enum) return `one of: ${s.enum.join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.format === 'uri') return 'URL';
      return s.pattern && DATE.test(s.pattern) ? 'date' : 'text';
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return `list of ${s.items ? typeName(s.items) : 'values'}`;
    case 'object':
      return 'group of fields';
    default:
      return s.type ?? 'value';
  }
}

/** One entry per field of an object schema, depth first, in declaration order. */
function fields(s: Json, prefix: string): FieldDoc[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const doc: FieldDoc = {
      path,
      type: typeName(field),
      required: required.has(name) && field.default === undefined,
      defaultValue: field.default === undefined ? undefined : JSON.stringify(field.default),
      description: field.description ?? '',
    };
    const nested =
      field.type === 'object'
        ? fields(field, `${path}.`)
        : field.type === 'array' && field.items?.type === 'object'
          ? fields(field.items, `${path}[].`)
          : field.type === 'array' && field.items?.oneOf
            ? branches(field.items.oneOf, `${path}[].`)
            : [];
    if (field.type === 'array' && field.items?.oneOf) doc.type = 'list of group of fields';
    return [doc, ...nested];
  });
}

/**
 * The fields of a union's branches (told apart by a constant field, e.g. `benchmark`): a field every
 * branch has alike is listed once; one that differs is listed once per distinct form, its path naming
 * the branches that have it (the text-to-image fields once for every text-to-image benchmark).
 */
function branches(options: readonly Json[], prefix: string): FieldDoc[] {
  const tag = (b: Json) =>
    Object.entries(b.properties ?? {}).find(([, f]) => (f as { const?: unknown }).const !== undefined);
  const per = options.map((b) => ({ tag: tag(b), docs: fields(b, prefix) }));
  const key = (d: FieldDoc) => JSON.stringify(d);
  const out: FieldDoc[] = [];
  const listed = new Set<string>();
  for (const { docs } of per)
    for (const d of docs) {
      if (listed.has(key(d))) continue;
      listed.add(key(d));
      const having = per.filter((p) => p.docs.some((x) => key(x) === key(d)));
      if (having.length === per.length) {
        out.push(d);
        continue;
      }
      const name = having[0].tag?.[0];
      const values = having.map((p) => JSON.stringify((p.tag?.[1] as { const: unknown } | undefined)?.const));
      out.push({ ...d, path: name ? `${d.path} (${name} ${values.join(', ')})` : d.path });
    }
  return out;
}

export function fieldReference(schema: z.ZodType): FieldDoc[] {
  return fields(contentJsonSchema(schema), '');
}
