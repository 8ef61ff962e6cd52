import { describe, expect, test } from 'vitest';
import { crossings, layoutTimeChart, records } from '../../src/lib/records';
import type { CompareRow } from '../../src/lib/compare';

const r = (id: string, family: string, date: string, fid: number, patch: Partial<CompareRow> = {}): CompareRow =>
  ({
    id,
    model: id,
    method: id,
    methodName: id,
    family,
    date,
    printed: date,
    fid,
    score: fid,
    benchmark: 'imagenet-cc',
    resolution: 256,
    provenance: 0,
    release: 'paper',
    ...patch,
  }) as CompareRow;

const rows = [
  r('adm', 'diffusion', '2021-05-11', 4.59),
  r('vqgan', 'next-token', '2020-12-17', 15.78),
  r('dit', 'diffusion', '2022-12-19', 2.27),
  r('var', 'next-scale', '2024-04-03', 1.73),
  r('mar', 'masked-random-order', '2024-06-17', 1.55),
  r('llamagen', 'next-token', '2024-06-10', 2.18),
  r('repa', 'diffusion', '2024-10-09', 1.42),
  r('rar', 'next-token', '2024-11-01', 1.48),
  r('reprint', 'next-token', '2023-01-01', 1.0, { provenance: 2 }),
  r('later', 'diffusion', '2023-01-01', 1.0, { release: 'later' }),
  r('gan', 'gan', '2022-01-01', 2.3),
];

describe('AR against diffusion over time', () => {
  test('each side keeps only its improving records, from its own published numbers', () => {
    expect(records(rows, 'autoregressive').map((x) => x.method)).toEqual(['vqgan', 'var', 'mar', 'rar']);
    expect(records(rows, 'diffusion').map((x) => x.method)).toEqual(['adm', 'dit', 'repa']);
  });
  test('the lead changes where one side passes the other', () => {
    const c = crossings(records(rows, 'autoregressive'), records(rows, 'diffusion'));
    expect(c.map((x) => [x.date, x.leader, x.record.method, x.otherScore])).toEqual([
      ['2021-05-11', 'diffusion', 'adm', 15.78],
      ['2024-04-03', 'autoregressive', 'var', 2.27],
      ['2024-10-09', 'diffusion', 'repa', 1.55],
    ]);
  });
  test('the layout is finite and steps to the right edge', () => {
    const t = layoutTimeChart(records(rows, 'autoregressive'), records(rows, 'diffusion'), '2026-12-01');
    for (const s of t.series) expect(s.path).toMatch(new RegExp(`H${t.plot.right}$`));
    expect(t.crossings.every((c) => Number.isFinite(c.x) && Number.isFinite(c.y))).toBe(true);
    expect(t.xTicks.map((x) => x.label)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
  });
});

describe('a paper dated only to its month', () => {
  test('is never ordered by a day against another paper of that month: the month is one step of both sides', () => {
    const month = [
      r('old-ar', 'next-token', '2024-01-10', 3.0),
      r('old-diff', 'diffusion', '2024-01-12', 2.5),
      // Diffusion's day is read (20th); the autoregressive paper of the same month has no day. Dated by the
      // first of the month, AR would lead from 1 to 20 September; as one time, diffusion keeps the lead.
      r('ar', 'next-token', '2025-09', 1.0),
      r('diff', 'diffusion', '2025-09-20', 0.9),
    ];
    const ar = records(month, 'autoregressive');
    const diff = records(month, 'diffusion');
    expect(ar.at(-1)?.date).toBe('2025-09');
    expect(diff.at(-1)?.date).toBe('2025-09');
    // Both records fall at one time, so no change of lead is dated inside September.
    expect(crossings(ar, diff).map((c) => [c.date, c.leader])).toEqual([['2024-01-12', 'diffusion']]);
  });
  test('keeps its day-precise neighbours of other months exact', () => {
    const rs = [r('a', 'next-token', '2025-08-30', 2), r('b', 'next-token', '2025-09', 1.5)];
    expect(records(rs, 'autoregressive').map((x) => x.date)).toEqual(['2025-08-30', '2025-09']);
  });
});
