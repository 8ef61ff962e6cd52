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
    expect(by(results, 'rows[].metrics.fid')).toMatchObject({ type: 'number', required: true });
    expect(by(results, 'rows[].metrics.is')).toMatchObject({ required: false });
    expect(by(results, 'rows[].source.commit')).toBeDefined();
  });
});
