/**
 * FID charts laid out at build time: points, axes, labels and the log scale (src/lib/chart.ts).
 */
import { describe, expect, test } from 'vitest';
import { chartPoints, layoutChart, logTicks, metricScale, spaced } from '../../src/lib/chart';
import { row } from './compare-row-fixture';

describe('chart', () => {
  test('one point per model: own numbers at 256 with guidance, best FID', () => {
    const rows = [
      row('3b-165', { params: 3100, score: 2.18 }),
      row('3b-200', { params: 3100, score: 2.81 }),
      row('no-cfg', { params: 200, guidance: false }),
      row('512', { params: 300, resolution: 512 }),
      row('reprint', { params: 400, provenance: 2 }),
      row('no-params', { params: null }),
    ];
    expect(chartPoints(rows).map((p) => p.id)).toEqual(['3b-165']);
  });
  test('ticks', () => {
    expect(logTicks(100, 10000)).toEqual([100, 200, 500, 1000, 2000, 5000, 10000]);
    expect(metricScale('fid', [1.24, 11.7]).ticks).toEqual([1, 1.5, 2, 3, 5, 10]);
    expect(
      spaced(
        logTicks(100, 10000).map((v, i) => ({ value: v, pos: i * 20, label: '' })),
        50,
      ).map((t) => t.value),
    ).toEqual([100, 1000, 10000]);
  });
  test('layout marks every point inside the plot and draws the front through front points only', () => {
    const pts = chartPoints([
      row('a', { params: 100, score: 5 }),
      row('b', { method: 'var', params: 1000, score: 2 }),
      row('c', { method: 'x', params: 2000, score: 3 }),
    ]);
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
  const pt = (id: string, patch: Record<string, unknown>) => ({
    id,
    model: id,
    method: id,
    methodName: id,
    family: 'next-token',
    tokenizerKind: 'discrete',
    params: 500,
    steps: 256,
    seed: false,
    score: 3,
    ...patch,
  });
  test('the steps axis keeps only points that state their steps, on a log scale', () => {
    const l = layoutChart(
      [pt('a', { steps: 10 }), pt('b', { steps: 256 }), pt('c', { steps: null })] as never,
      720,
      420,
      12,
      'steps',
    );
    expect(l.marks.map((m) => m.id)).toEqual(['a', 'b']);
    expect(l.axis).toBe('steps');
    expect(l.xTicks.map((t) => t.label)).toContain('10');
  });
  test('besides the front, a seed method and the best of each family are labelled where there is room', () => {
    const l = layoutChart([
      pt('front', { params: 100, score: 1.5 }),
      pt('seed', { params: 2000, score: 4, seed: true }),
      pt('other-family', { params: 1000, score: 5, family: 'diffusion' }),
    ] as never);
    const labelled = l.marks
      .filter((m) => m.label)
      .map((m) => m.id)
      .sort();
    expect(labelled).toEqual(['front', 'other-family', 'seed']);
    expect(l.marks.find((m) => m.id === 'seed')!.onFront).toBe(false);
  });
});

describe('chart scale', () => {
  test('points of one power-of-ten size still get a finite, one-decade axis', () => {
    const layout = layoutChart([
      {
        id: 'a',
        model: 'A',
        method: 'a',
        methodName: 'A',
        family: 'next-token',
        tokenizerKind: 'discrete',
        params: 1000,
        score: 2,
      },
    ] as never);
    expect(layout.marks.every((m) => Number.isFinite(m.cx) && Number.isFinite(m.cy))).toBe(true);
    expect(layout.xTicks.length).toBeGreaterThan(1);
  });
});
