/**
 * The field reference for contributors, read from the zod schemas themselves (their types,
 * allowed values, defaults and `.describe()` texts), so that it cannot drift from what the
 * build accepts.
 */
import type { z } from 'astro/zod';

export interface FieldDoc {
  /** Dotted path, with [] for list items, e.g. "rows[].metrics.fid". */
  path: string;
  /** Human type: "text", "number", "true or false", "one of: a, b", "list of text", "group". */
  type: string;
  required: boolean;
  /** The default, when the field may be omitted and has one. */
  defaultValue?: string;
  description: string;
}

type AnyDef = { type: string; [k: string]: unknown };
const defOf = (s: unknown): AnyDef => (s as { _zod: { def: AnyDef } })._zod.def;
const descOf = (s: unknown): string | undefined => (s as { description?: string }).description;

/** Strips optional/default/pipe wrappers; reports whether the field may be omitted and its default. */
function unwrap(schema: unknown): { inner: unknown; required: boolean; defaultValue?: unknown; description?: string } {
  let s = schema;
  let required = true;
  let defaultValue: unknown;
  let description = descOf(s);
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional') {
      required = false;
      s = d.innerType;
    } else if (d.type === 'default') {
      required = false;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      s = d.innerType;
    } else if (d.type === 'pipe') {
      s = defOf(d.out).type === 'transform' ? d.in : d.out;
    } else if (d.type === 'transform') {
      break;
    } else break;
    description ??= descOf(s);
  }
  return { inner: s, required, defaultValue, description };
}

function typeName(schema: unknown): string {
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
      return d.format === 'url' ? 'URL' : 'text';
    case 'number':
      return d.format === 'safeint' ? 'whole number' : 'number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${Object.values(d.entries as Record<string, string>).join(', ')}`;
    case 'array':
      return `list of ${typeName(unwrap(d.element).inner)}`;
    case 'object':
      return 'group of fields';
    case 'date':
      return 'date';
    default:
      return d.type;
  }
}

/** One entry per field, depth first, in declaration order. */
export function fieldReference(schema: z.ZodType, prefix = ''): FieldDoc[] {
  const out: FieldDoc[] = [];
  const shape = defOf(unwrap(schema).inner).shape as Record<string, unknown>;
  for (const [name, field] of Object.entries(shape)) {
    const { inner, required, defaultValue, description } = unwrap(field);
    const path = `${prefix}${name}`;
    const d = defOf(inner);
    out.push({
      path,
      type: typeName(inner),
      required,
      defaultValue: defaultValue === undefined ? undefined : JSON.stringify(defaultValue),
      description: description ?? '',
    });
    if (d.type === 'object') out.push(...fieldReference(inner as z.ZodType, `${path}.`));
    if (d.type === 'array') {
      const el = unwrap(d.element).inner;
      if (defOf(el).type === 'object') out.push(...fieldReference(el as z.ZodType, `${path}[].`));
    }
  }
  return out;
}
