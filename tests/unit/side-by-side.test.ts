import { describe, expect, test } from 'vitest';
import { MAX_ROWS, queryOfRows, rowsFromQuery, sideBySide } from '../../src/lib/side-by-side';
import { SIDE_WORDS } from '../../src/i18n/side-words';
import { exportMethod, exportRow } from './export-row-fixture';

describe('side by side', () => {
  test('the URL names known rows, each once, at most six', () => {
    const known = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(rowsFromQuery('?rows=a,zz,b,a', known)).toEqual(['a', 'b']);
    expect(rowsFromQuery('?rows=a,b,c,d,e,f,g', known)).toHaveLength(MAX_ROWS);
    expect(queryOfRows(['a', 'b'])).toBe('?rows=a,b');
    expect(queryOfRows([])).toBe('');
  });
  test('fields that differ are marked, equal ones are not, and one stated against one missing differs', () => {
    const view = sideBySide(
      [exportRow('a'), exportRow('b', { cfg: 2, samples: null })],
      [exportMethod('mar')],
      SIDE_WORDS.en,
      'en',
    );
    const field = (label: string) => view.fields.find((f) => f.label === label)!;
    expect(field('Guidance scale')).toMatchObject({ values: ['3', '2'], differs: true });
    expect(field('Steps')).toMatchObject({ values: ['256', '256'], differs: false });
    expect(field('Samples')).toMatchObject({ values: ['50000', ''], differs: true });
    expect(view.fields.find((f) => f.label === 'Temperature')).toBeUndefined(); // no row states it
    expect(view.columns.map((c) => c.id)).toEqual(['a', 'b']);
  });
  test('each edition labels every field', () => {
    expect(Object.keys(SIDE_WORDS.zh.fields)).toEqual(Object.keys(SIDE_WORDS.en.fields));
    const zh = sideBySide([exportRow('a')], [exportMethod('mar')], SIDE_WORDS.zh, 'zh');
    expect(zh.fields.map((f) => f.label)).toContain('引导强度');
  });
});
