/**
 * The content schemas as JSON Schema (src/lib/json-schema.ts), for editors: a results file that
 * starts with `# yaml-language-server: $schema=../../../schemas/results.schema.json` gets completion
 * and field descriptions. `npm run schemas` writes them to `schemas/`; a unit test keeps them in step.
 * Rules across files (references, symmetry, placeholders) stay the build guard's.
 */
import { contentJsonSchema } from '../../src/lib/json-schema';
import { methodSchema, resultsFileSchema, translationSchema } from '../../src/content.config';

export const JSON_SCHEMA_FILES = {
  'method.schema.json': methodSchema,
  'results.schema.json': resultsFileSchema,
  'translation.schema.json': translationSchema,
} as const;

/** The JSON text of one schema file, as committed under `schemas/`. */
export function jsonSchemaText(name: keyof typeof JSON_SCHEMA_FILES): string {
  const schema = contentJsonSchema(JSON_SCHEMA_FILES[name]);
  return `${JSON.stringify(schema, null, 2)}\n`;
}
