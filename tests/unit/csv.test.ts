/**
 * CSV exports (src/lib/csv.ts).
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, toCsv } from '../../src/lib/csv';

describe('CSV', () => {
  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('MAR-B, Diff Loss')).toBe('"MAR-B, Diff Loss"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(['a', 'b'])).toBe('a b');
  });
  test('a written table parses back to the same values', () => {
    const records = [
      { model: 'MAR-B, Diff Loss', fid: 2.31, note: 'line one\nline "two"' },
      { model: 'VAR-d30', fid: 1.97, note: null },
    ];
    const csv = toCsv(records, ['model', 'fid', 'note']);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { columns: true })).toEqual([
      { model: 'MAR-B, Diff Loss', fid: '2.31', note: 'line one\nline "two"' },
      { model: 'VAR-d30', fid: '1.97', note: '' },
    ]);
  });
});
