import { describe, expect, test } from 'vitest';
import { FAMILIES } from '../../src/lib/vocab';
import { fieldReference } from '../../src/lib/field-reference';
import { methodSchema, resultsFileSchema } from '../../src/content.config';

describe('field reference from the schemas', () => {
  const methods = fieldReference(methodSchema);
  const results = fieldReference(resultsFileSchema);
  const by = (docs: typeof methods, path: string) => docs.find((d) => d.path === path);

  test('every field has a description', () => {
    for (const d of [...methods, ...results]) expect(d.description, d.path).not.toBe('');
  });
  test('types, allowed values, required and defaults come from the schema', () => {
    expect(by(methods, 'family')).toMatchObject({ type: `one of: ${FAMILIES.join(', ')}`, required: true });
    expect(by(methods, 'builds_on')).toMatchObject({ type: 'list of text', required: false, defaultValue: '[]' });
    expect(by(methods, 'paper.v1')).toMatchObject({ required: true });
    expect(by(methods, 'code.url')).toMatchObject({ type: 'URL' });
    // A field of some branches only names them: FID is ImageNet's (and the FID-only text-to-image benchmarks').
    const branch = (path: string, b: string) =>
      results.find((d) => d.path.startsWith(`${path} (benchmark `) && d.path.includes(`"${b}"`));
    expect(branch('rows[].metrics.fid', 'imagenet-cc')).toMatchObject({ type: 'number', required: true });
    expect(branch('rows[].metrics.is', 'imagenet-cc')).toMatchObject({ required: false });
    // A field several benchmarks share (every text-to-image one) is listed once, naming them all.
    const prompts = results.filter((d) => d.path.startsWith('rows[].prompts '));
    expect(prompts).toHaveLength(1);
    expect(prompts[0].path).toContain('"geneval", "dpg-bench"');
    expect(prompts[0]).toMatchObject({ required: true });
    expect(by(results, 'rows[].source.commit')).toBeDefined();
  });
});
