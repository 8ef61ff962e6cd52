/**
 * The content schemas as JSON Schema (zod's own `z.toJSONSchema`), for editors: a results file that
 * starts with `# yaml-language-server: $schema=../../../schemas/results.schema.json` gets completion
 * and field descriptions. `npm run schemas` writes them to `schemas/`; a unit test keeps them in step.
 * Rules across files (references, symmetry, placeholders) stay the build guard's.
 */
import { z } from 'astro/zod';
import { methodSchema, resultsFileSchema } from '../content.config';

export const JSON_SCHEMA_FILES = {
  'method.schema.json': methodSchema,
  'results.schema.json': resultsFileSchema,
} as const;

/** The JSON text of one schema file, as committed under `schemas/`. */
export function jsonSchemaText(name: keyof typeof JSON_SCHEMA_FILES): string {
  const schema = z.toJSONSchema(JSON_SCHEMA_FILES[name], { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
