/**
 * A content schema as JSON Schema: zod's own `z.toJSONSchema` for what a contributor writes (the
 * input), with two corrections so that it says what the build accepts. The published schemas under
 * `schemas/` (for editors) and the contribute page's field reference are both read from it.
 */
import { z } from 'astro/zod';

type Def = { type: string; in?: { _zod: { def: Def } }; shape?: Record<string, { _zod: { def: Def } }> };

/**
 * zod counts a preprocessed field (a date: YAML gives a Date or a string, both turned into a Date) as
 * optional in its input; a date that is not wrapped in .optional() or .default() is required, and
 * the JSON Schema says so, as the build does. And it leaves out some defaults in input mode.
 */
function matchBuild(ctx: { zodSchema: unknown; jsonSchema: { required?: string[]; default?: unknown } }): void {
  const def = (ctx.zodSchema as { _zod: { def: Def & { defaultValue?: unknown } } })._zod.def;
  // zod leaves out some defaults in input mode (a list whose items hold a date): put them back.
  if (def.type === 'default' && ctx.jsonSchema.default === undefined)
    ctx.jsonSchema.default = structuredClone(def.defaultValue);
  if (def.type !== 'object' || !def.shape) return;
  for (const [key, field] of Object.entries(def.shape)) {
    // A preprocess is a pipe whose input end is a transform (a following .transform() adds an outer pipe).
    let f = field._zod.def;
    const piped = f.type === 'pipe';
    while (f.type === 'pipe' && f.in) f = f.in._zod.def;
    if (piped && f.type === 'transform' && !(ctx.jsonSchema.required ?? []).includes(key))
      ctx.jsonSchema.required = [...(ctx.jsonSchema.required ?? []), key];
  }
}

export function contentJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: matchBuild });
}
