import { BENCHMARK_IDS } from '../../src/lib/benchmarks';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../../scripts/lib/json-schemas';
import { FAMILIES, RELEASES } from '../../src/lib/vocab';

/** The parts of a JSON Schema these tests read. */
interface Schema {
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
}

describe('JSON Schemas for editors', () => {
  for (const name of Object.keys(JSON_SCHEMA_FILES) as Array<keyof typeof JSON_SCHEMA_FILES>) {
    test(`schemas/${name} is what the content schemas say (run npm run schemas after changing them)`, () => {
      expect(readFileSync(join(import.meta.dirname, '../../schemas', name), 'utf8')).toBe(jsonSchemaText(name));
    });
  }
  test('they carry the allowed values and the field descriptions', () => {
    const results = JSON.parse(jsonSchemaText('results.schema.json')) as Schema;
    // One branch per benchmark of the registry, each naming its benchmark.
    const branches = results.properties!.rows.items!.oneOf!;
    expect(branches.map((b) => b.properties!.benchmark.const)).toEqual([...BENCHMARK_IDS]);
    const row = branches[0].properties!;
    expect(row.release.enum).toEqual([...RELEASES]);
    expect(row.model.description).toMatch(/exactly as printed/);
    const method = JSON.parse(jsonSchemaText('method.schema.json')) as Schema;
    const fields = method.properties!;
    expect(fields.family.enum).toEqual([...FAMILIES]);
    expect(method.required).toEqual(expect.arrayContaining(['title', 'role', 'contribution', 'family', 'paper']));
    // A date is required where the build requires it (zod alone would call a preprocessed field optional).
    expect(fields.paper.required).toContain('v1');
    expect(fields.paper.properties!.versions.items!.required ?? []).not.toContain('date');
  });
});
