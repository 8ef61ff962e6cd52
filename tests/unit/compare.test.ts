import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { paretoFront } from '../../src/lib/pareto';
import { csvField, toCsv } from '../../src/lib/csv';
import {
  applyView,
  compareValues,
  DEFAULT_VIEW,
  ownRows,
  queryToView,
  sortRows,
  toViewRow,
  viewToQuery,
  type CompareRow,
  type ViewState,
} from '../../src/lib/compare';
import { chartPoints, fidScale, layoutChart, logTicks, spaced } from '../../src/lib/chart';
import { timeline, timelineFilter } from '../../src/lib/timeline';
import { FAMILIES } from '../../src/lib/vocab';
import { readMethods } from '../content';

function row(id: string, patch: Partial<CompareRow> = {}): CompareRow {
  return {
    id,
    model: id,
    method: 'mar',
    methodName: 'MAR',
    family: 'masked-random-order',
    contribution: 'generator',
    seed: true,
    release: 'paper',
    backbone: 'bidirectional-transformer',
    tokenizerKind: 'continuous',
    tokenizerName: null,
    params: 100,
    fid: 2,
    is: null,
    precision: null,
    recall: null,
    steps: null,
    cfg: null,
    guidance: true,
    resolution: 256,
    genResolution: null,
    date: '2024-06-17',
    reportedIn: 'mar',
    reportedInName: 'MAR',
    provenance: 0,
    sourceLabel: 's',
    sourceUrl: 'https://arxiv.org/abs/2406.11838',
    disagreesWith: [],
    note: null,
    ...patch,
  };
}

describe('paretoFront', () => {
  test('keeps the points no other point beats on both size and FID, by size', () => {
    const pts = [
      { id: 'a', x: 100, y: 5 },
      { id: 'b', x: 200, y: 6 },
      { id: 'c', x: 300, y: 3 },
      { id: 'd', x: 300, y: 2.5 },
      { id: 'e', x: 1000, y: 2.6 },
      { id: 'f', x: 2000, y: 1.5 },
    ];
    expect(paretoFront(pts).map((p) => p.id)).toEqual(['a', 'd', 'f']);
  });
  test('an empty set has an empty front', () => {
    expect(paretoFront([])).toEqual([]);
  });
});

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
    const v: ViewState = { ...DEFAULT_VIEW, reported: 'all', family: ['diffusion', 'masked-random-order'], guidance: 'on' };
    expect(applyView(rows, v).map((r) => r.id)).toEqual(['own-paper', 'own-readme-same', 'own-readme-new', 'other-paper']);
    expect(applyView(rows, { ...DEFAULT_VIEW, guidance: 'off' }).map((r) => r.id)).toEqual(['dit']);
    expect(applyView(rows, { ...DEFAULT_VIEW, tokenizer: ['discrete'] }).map((r) => r.id)).toEqual(['unknown-guidance']);
  });
  test('a size range keeps rows of a known size inside it, bounds included', () => {
    const sized = [row('s', { params: 300 }), row('m', { params: 700 }), row('l', { params: 1400 }), row('x', { params: null })];
    const ids = (minParams: number | null, maxParams: number | null) => applyView(sized, { ...DEFAULT_VIEW, reported: 'all', minParams, maxParams }).map((r) => r.id);
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
    for (const v of [DEFAULT_VIEW, { ...DEFAULT_VIEW, reported: 'all' as const, sort: 'fid' as const }, { ...DEFAULT_VIEW, guidance: 'on' as const }])
      expect(applyView(slim, v).map((r) => r.id)).toEqual(applyView(rows, v).map((r) => r.id));
  });
});

describe('URL state', () => {
  test('round-trips through the query string', () => {
    const v: ViewState = { family: ['next-scale', 'next-token'], contribution: ['tokenizer'], tokenizer: ['discrete'], backbone: [], guidance: 'on', reported: 'all', minParams: 300, maxParams: 1000, sort: 'fid', dir: 'desc' };
    const q = viewToQuery(v);
    expect(q).toBe('?family=next-scale%2Cnext-token&contribution=tokenizer&tokenizer=discrete&guidance=on&reported=all&min=300&max=1000&sort=fid&dir=desc');
    expect(queryToView(q)).toEqual(v);
  });
  test('the default view has an empty query, and junk falls back to the default', () => {
    expect(viewToQuery(DEFAULT_VIEW)).toBe('');
    expect(queryToView('?family=pixels&sort=evil&guidance=maybe&dir=sideways&min=123&max=x')).toEqual(DEFAULT_VIEW);
  });
});

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

describe('chart', () => {
  test('one point per model: own numbers at 256 with guidance, best FID', () => {
    const rows = [
      row('3b-165', { params: 3100, fid: 2.18 }),
      row('3b-200', { params: 3100, fid: 2.81 }),
      row('no-cfg', { params: 200, guidance: false }),
      row('512', { params: 300, resolution: 512 }),
      row('reprint', { params: 400, provenance: 2 }),
      row('no-params', { params: null }),
    ];
    expect(chartPoints(rows).map((p) => p.id)).toEqual(['3b-165']);
  });
  test('ticks', () => {
    expect(logTicks(100, 10000)).toEqual([100, 200, 500, 1000, 2000, 5000, 10000]);
    expect(fidScale([1.24, 11.7]).ticks).toEqual([1, 1.5, 2, 3, 5, 10]);
    expect(spaced(logTicks(100, 10000).map((v, i) => ({ value: v, pos: i * 20, label: '' })), 50).map((t) => t.value)).toEqual([100, 1000, 10000]);
  });
  test('layout marks every point inside the plot and draws the front through front points only', () => {
    const pts = chartPoints([row('a', { params: 100, fid: 5 }), row('b', { method: 'var', params: 1000, fid: 2 }), row('c', { method: 'x', params: 2000, fid: 3 })]);
    const l = layoutChart(pts);
    expect(l.marks).toHaveLength(3);
    for (const m of l.marks) {
      expect(m.cx).toBeGreaterThanOrEqual(l.plot.left);
      expect(m.cx).toBeLessThanOrEqual(l.plot.right);
      expect(m.cy).toBeGreaterThanOrEqual(l.plot.top);
      expect(m.cy).toBeLessThanOrEqual(l.plot.bottom);
    }
    expect(l.marks.filter((m) => m.onFront).map((m) => m.id)).toEqual(['a', 'b']);
    expect(l.frontPath.split(' ')).toHaveLength(2);
  });
});

describe('chart axes and labels', () => {
  const pt = (id: string, patch: Record<string, unknown>) => ({ id, model: id, method: id, methodName: id, family: 'next-token', tokenizerKind: 'discrete', params: 500, steps: 256, seed: false, fid: 3, ...patch });
  test('the steps axis keeps only points that state their steps, on a log scale', () => {
    const l = layoutChart([pt('a', { steps: 10 }), pt('b', { steps: 256 }), pt('c', { steps: null })] as never, 720, 420, 12, 'steps');
    expect(l.marks.map((m) => m.id)).toEqual(['a', 'b']);
    expect(l.axis).toBe('steps');
    expect(l.xTicks.map((t) => t.label)).toContain('10');
  });
  test('besides the front, a seed method and the best of each family are labelled where there is room', () => {
    const l = layoutChart([pt('front', { params: 100, fid: 1.5 }), pt('seed', { params: 2000, fid: 4, seed: true }), pt('other-family', { params: 1000, fid: 5, family: 'diffusion' })] as never);
    const labelled = l.marks.filter((m) => m.label).map((m) => m.id).sort();
    expect(labelled).toEqual(['front', 'other-family', 'seed']);
    expect(l.marks.find((m) => m.id === 'seed')!.onFront).toBe(false);
  });
});

describe('timeline', () => {
  test('its filter offers the families it holds, in vocabulary order, and counts every paper', () => {
    const years = timeline(readMethods());
    const f = timelineFilter(years);
    expect(f.count).toBe(readMethods().length);
    expect(new Set(f.families)).toEqual(new Set(readMethods().map((m) => m.data.family)));
    expect(f.families).toEqual(FAMILIES.filter((x) => f.families.includes(x)));
  });
  test('the seed order: VAR before LlamaGen before MAR before AiM', () => {
    const order = timeline(readMethods()).flatMap((y) => y.entries.map((e) => e.slug));
    const at = (s: string) => order.indexOf(s);
    expect(at('var')).toBeLessThan(at('llamagen'));
    expect(at('llamagen')).toBeLessThan(at('mar'));
    expect(at('mar')).toBeLessThan(at('aim'));
  });
});

describe('chart scale', () => {
  test('points of one power-of-ten size still get a finite, one-decade axis', () => {
    const layout = layoutChart([{ id: 'a', model: 'A', method: 'a', methodName: 'A', family: 'next-token', tokenizerKind: 'discrete', params: 1000, fid: 2 }] as never);
    expect(layout.marks.every((m) => Number.isFinite(m.cx) && Number.isFinite(m.cy))).toBe(true);
    expect(layout.xTicks.length).toBeGreaterThan(1);
  });
});

describe('compareView', () => {
  test('renders the default view, offers only filter values the data holds, and ships safe JSON', async () => {
    const { compareView } = await import('../../src/lib/compare-view');
    const { readMethods, readResults } = await import('../content');
    const v = compareView(readResults(), readMethods());
    expect(v.rows.length).toBe(readResults().length);
    expect(v.shown.size).toBeGreaterThan(0);
    expect(v.shown.size).toBeLessThanOrEqual(v.rows.length);
    expect(new Set(v.present.family)).toEqual(new Set(v.rows.map((r) => r.family)));
    expect(v.json).not.toContain('<');
    expect(JSON.parse(v.json).rows).toHaveLength(v.rows.length);
  });
});
