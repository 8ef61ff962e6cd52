/**
 * The compare table's view: sorting, filtering and the view in the URL (src/lib/compare.ts), and its view model (src/lib/compare-view.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  applyView,
  compareValues,
  DEFAULT_VIEW,
  ownRows,
  queryToView,
  sortRows,
  toViewRow,
  viewToQuery,
  type ViewState,
} from '../../src/lib/compare';
import { row } from './compare-row-fixture';

describe('sorting', () => {
  test('numbers compare numerically, not as text', () => {
    expect(compareValues(9.62, 10.94, 'asc')).toBeLessThan(0);
    expect(compareValues(9.62, 10.94, 'desc')).toBeGreaterThan(0);
  });
  test('missing values go last in both directions', () => {
    expect(compareValues(null, 1, 'asc')).toBeGreaterThan(0);
    expect(compareValues(null, 1, 'desc')).toBeGreaterThan(0);
    expect(compareValues(1, null, 'desc')).toBeLessThan(0);
  });
  test('sortRows is stable and puts nulls last', () => {
    const rows = [row('a', { is: null }), row('b', { is: 200 }), row('c', { is: 100.5 }), row('d', { is: null })];
    expect(sortRows(rows, 'is', 'asc').map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(sortRows(rows, 'is', 'desc').map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('filtering', () => {
  const rows = [
    row('own-paper'),
    row('own-readme-same', { provenance: 1 }),
    row('own-readme-new', { provenance: 1, fid: 3.8 }),
    row('other-paper', { provenance: 2 }),
    row('dit', { method: 'dit', family: 'diffusion', tokenizerKind: 'continuous', guidance: false, cfg: 1 }),
    row('unknown-guidance', { method: 'aim', family: 'next-token', tokenizerKind: 'discrete', guidance: null }),
  ];
  test('own numbers: paper rows, plus repository rows that do not repeat them', () => {
    expect(ownRows(rows).map((r) => r.id)).toEqual(['own-paper', 'own-readme-new', 'dit', 'unknown-guidance']);
  });
  test('filters combine; empty lists mean all', () => {
    const v: ViewState = {
      ...DEFAULT_VIEW,
      reported: 'all',
      family: ['diffusion', 'masked-random-order'],
      guidance: 'on',
    };
    expect(applyView(rows, v).map((r) => r.id)).toEqual([
      'own-paper',
      'own-readme-same',
      'own-readme-new',
      'other-paper',
    ]);
    expect(applyView(rows, { ...DEFAULT_VIEW, guidance: 'off' }).map((r) => r.id)).toEqual(['dit']);
    expect(applyView(rows, { ...DEFAULT_VIEW, tokenizer: ['discrete'] }).map((r) => r.id)).toEqual([
      'unknown-guidance',
    ]);
  });
  test('a size range keeps rows of a known size inside it, bounds included', () => {
    const sized = [
      row('s', { params: 300 }),
      row('m', { params: 700 }),
      row('l', { params: 1400 }),
      row('x', { params: null }),
    ];
    const ids = (minParams: number | null, maxParams: number | null) =>
      applyView(sized, { ...DEFAULT_VIEW, reported: 'all', minParams, maxParams }).map((r) => r.id);
    expect(ids(null, null)).toEqual(['s', 'm', 'l', 'x']);
    expect(ids(300, 700)).toEqual(['s', 'm']);
    expect(ids(1000, null)).toEqual(['l']);
  });
  test('a sorted view is sorted', () => {
    expect(applyView(rows, { ...DEFAULT_VIEW, sort: 'fid', dir: 'desc' })[0].id).toBe('own-readme-new');
  });
  test('the cut-down rows the page ships give the same views as whole rows', () => {
    const slim = rows.map(toViewRow);
    expect(Object.keys(slim[0])).not.toContain('sourceUrl');
    for (const v of [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, reported: 'all' as const, sort: 'fid' as const },
      { ...DEFAULT_VIEW, guidance: 'on' as const },
    ])
      expect(applyView(slim, v).map((r) => r.id)).toEqual(applyView(rows, v).map((r) => r.id));
  });
});

describe('URL state', () => {
  test('round-trips through the query string', () => {
    const v: ViewState = {
      family: ['next-scale', 'next-token'],
      contribution: ['tokenizer'],
      tokenizer: ['discrete'],
      backbone: [],
      guidance: 'on',
      reported: 'all',
      minParams: 300,
      maxParams: 1000,
      sort: 'fid',
      dir: 'desc',
    };
    const q = viewToQuery(v);
    expect(q).toBe(
      '?family=next-scale%2Cnext-token&contribution=tokenizer&tokenizer=discrete&guidance=on&reported=all&min=300&max=1000&sort=fid&dir=desc',
    );
    expect(queryToView(q)).toEqual(v);
  });
  test('the default view has an empty query, and junk falls back to the default', () => {
    expect(viewToQuery(DEFAULT_VIEW)).toBe('');
    expect(queryToView('?family=pixels&sort=evil&guidance=maybe&dir=sideways&min=123&max=x')).toEqual(DEFAULT_VIEW);
  });
});

describe('compareView', () => {
  test('renders the default view, offers only filter values the data holds, and ships safe JSON', async () => {
    const { compareView } = await import('../../src/lib/compare-view');
    const { readMethods, readResults } = await import('../content');
    const v = compareView(readResults(), readMethods());
    expect(v.rows.length).toBe(readResults().filter((r) => r.benchmark === 'imagenet-cc').length);
    const geneval = compareView(readResults(), readMethods(), 'en', 'geneval');
    expect(geneval.rows.length).toBe(readResults().filter((r) => r.benchmark === 'geneval').length);
    expect(geneval.rows.every((r) => r.benchmark === 'geneval' && r.geneval !== null)).toBe(true);
    expect(v.shown.size).toBeGreaterThan(0);
    expect(v.shown.size).toBeLessThanOrEqual(v.rows.length);
    expect(new Set(v.present.family)).toEqual(new Set(v.rows.map((r) => r.family)));
    expect(v.json).not.toContain('<');
    expect((JSON.parse(v.json) as { rows: unknown[] }).rows).toHaveLength(v.rows.length);
  });
});

describe('a row built on another generator', () => {
  test('takes the paradigm of the generator it is built on (a post-training paper applied to several)', async () => {
    const { toCompareRows } = await import('../../src/lib/compare');
    const method = (slug: string, family: string) =>
      ({
        slug,
        data: {
          short_name: slug,
          role: 'baseline',
          family,
          contribution: 'training',
          backbone: 'other',
          tokenizer: { kind: 'none' },
          paper: { v1: new Date('2025-03-01'), v1_precision: 'day', versions: [] },
        },
      }) as never;
    const row = (id: string, base?: string) =>
      ({
        id,
        benchmark: 'imagenet-cc',
        method: 'ddo',
        reported_in: 'ddo',
        model: id,
        base,
        resolution: 256,
        metrics: { fid: 2 },
        sampling: {},
        evaluation: {},
        source: { arxiv: '2503.01103', version: 'v1', table: 'Table 1' },
        disagrees_with: [],
      }) as never;
    const rows = toCompareRows(
      [row('edm2'), row('var', 'var')],
      [method('ddo', 'diffusion'), method('var', 'next-scale')],
    );
    expect(rows.map((r) => r.family)).toEqual(['diffusion', 'next-scale']);
  });
});
