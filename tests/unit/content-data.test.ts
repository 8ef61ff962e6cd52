import { describe, expect, test } from 'vitest';
import { readMethods, readResults } from '../content';
import { toMethodsExport, toResultsExport, viewCsv } from '../../src/lib/export';
import { parse } from 'csv-parse/sync';

const methods = readMethods();
const rows = readResults();
const slugs = new Set(methods.map((m) => m.slug));

/** Model sizes each core paper reports (its model-size table), matched against row model names. */
const SIZES: Record<string, string[]> = {
  mar: ['MAR-B', 'MAR-L', 'MAR-H'],
  llamagen: ['LlamaGen-B', 'LlamaGen-L', 'LlamaGen-XL', 'LlamaGen-XXL', 'LlamaGen-3B'],
  var: ['VAR-d16', 'VAR-d20', 'VAR-d24', 'VAR-d30'],
  aim: ['AiM-B', 'AiM-L', 'AiM-XL', 'AiM-1B'],
};

describe('the core methods have their numbers', () => {
  test.each(Object.entries(SIZES))('%s has a row for every model size its paper reports', (slug, sizes) => {
    const own = rows.filter((r) => r.method === slug && r.reported_in === slug);
    for (const size of sizes) {
      const pattern = new RegExp(`^${size.replace(/[-]/g, '\\-')}(?![A-Za-z0-9])`);
      expect(
        own.some((r) => pattern.test(r.model)),
        `${slug}: no row for ${size}`,
      ).toBe(true);
    }
  });

  test('the four core methods are core and have a results file', () => {
    for (const slug of Object.keys(SIZES)) {
      expect(methods.find((m) => m.slug === slug)?.data.role).toBe('core');
      expect(rows.some((r) => r.method === slug)).toBe(true);
    }
  });
});

// Traceability (complete sources, references that resolve, symmetric disagreements, who may print a
// baseline row) is checked by the build's content guard; see tests/unit/content-check.test.ts.

describe('the JSON export equals the content', () => {
  const exported = toResultsExport(rows, methods);
  test('the CSV of a view holds the asked rows in the asked order, and refuses an unknown id', () => {
    const ids = [rows[3].id, rows[0].id];
    const records = parse<Record<string, string>>(viewCsv(exported, ids), { columns: true });
    expect(records.map((r) => r.id)).toEqual(ids);
    expect(records[1].fid).toBe(String(rows[0].metrics.fid));
    expect(() => viewCsv(exported, ['no-such-row'])).toThrow(/no-such-row/);
  });
  test('one object per row, same ids, same numbers', () => {
    expect(exported.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    exported.forEach((e, i) => {
      const r = rows[i];
      expect([e.method, e.reported_in, e.model, e.benchmark, e.params_m]).toEqual([
        r.method,
        r.reported_in,
        r.model,
        r.benchmark,
        r.params_m ?? null,
      ]);
      for (const [k, v] of Object.entries(e.metrics))
        expect(v, `${e.id} ${k}`).toBe(r.metrics[k as keyof typeof r.metrics] ?? null);
      // The deprecated flat fields hold ImageNet rows only.
      const imagenet = r.benchmark === 'imagenet-cc';
      expect([e.fid, e.is, e.precision, e.recall]).toEqual(
        imagenet
          ? [r.metrics.fid, r.metrics.is ?? null, r.metrics.precision ?? null, r.metrics.recall ?? null]
          : [null, null, null, null],
      );
    });
  });
  test('no guidance exports cfg 1; the tokenizer kind comes from the method', () => {
    for (const e of exported) {
      const r = rows.find((x) => x.id === e.id)!;
      if (r.sampling.guidance === false) expect(e.cfg).toBe(1);
      expect(e.tokenizer_kind).toBe(methods.find((m) => m.slug === r.method)!.data.tokenizer.kind);
    }
  });
  test('methods export has every method with its v1 date', () => {
    const m = toMethodsExport(methods);
    expect(m.map((x) => x.slug).sort()).toEqual([...slugs].sort());
    expect(m.find((x) => x.slug === 'mar')?.v1).toBe('2024-06-17');
  });
});
