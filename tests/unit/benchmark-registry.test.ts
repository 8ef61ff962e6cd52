/**
 * A new benchmark is one entry in src/lib/benchmarks.ts: with a fake text-to-image benchmark whose
 * ranked metric is higher-is-better (and a new metric on ImageNet) added there, and nothing else, rows
 * for it validate, a board of its own ranks them best first, its chart runs upwards on a linear scale,
 * the exports and the search records carry it, and both editions have its words.
 */
import { describe, expect, test, vi } from 'vitest';
import type { ResultRow } from '../../src/lib/types';

vi.mock('../../src/lib/benchmarks', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/benchmarks')>();
  const METRIC = {
    ...real.METRIC,
    'toy-score': {
      better: 'higher',
      scale: 'linear',
      min: 0,
      minInclusive: true,
      max: 1,
      decimals: 2,
      label: { en: 'Toy', zh: '玩具分' },
      title: { en: 'Toy score, higher is better', zh: '玩具分，越高越好' },
      describe: 'Toy score (higher is better).',
    },
    kid: {
      better: 'lower',
      scale: 'linear',
      min: 0,
      minInclusive: true,
      max: 1,
      decimals: 3,
      label: { en: 'KID', zh: 'KID' },
      describe: 'Kernel Inception Distance (lower is better).',
    },
  } as const;
  const BENCHMARK = {
    ...real.BENCHMARK,
    'imagenet-cc': { ...real.BENCHMARK['imagenet-cc'], metrics: ['fid', 'is', 'precision', 'recall', 'kid'] },
    'toy-bench': {
      task: 'text-to-image',
      metrics: ['toy-score'],
      board: ['toy-score'],
      label: { en: 'the toy benchmark', zh: '玩具基准' },
      dataset: 'Toy',
    },
  } as const;
  return { ...real, METRIC, BENCHMARK, ...real.registryOf(METRIC, BENCHMARK as never) };
});

const methods = [
  {
    slug: 'toy-ar',
    data: {
      short_name: 'ToyAR',
      role: 'surveyed',
      family: 'next-token',
      contribution: 'generator',
      backbone: 'decoder-transformer',
      tokenizer: { kind: 'discrete' },
      paper: {
        v1: new Date('2025-01-10'),
        v1_precision: 'day',
        v1_read: 'v1-header',
        versions: [],
        arxiv: '2501.01234',
      },
      bibtex: { key: 'toy2025ar', year: 2025, type: 'article' },
      builds_on: [],
    },
  },
  {
    slug: 'toy-diff',
    data: {
      short_name: 'ToyDiff',
      role: 'baseline',
      family: 'diffusion',
      contribution: 'generator',
      backbone: 'diffusion-transformer',
      tokenizer: { kind: 'continuous' },
      paper: {
        v1: new Date('2025-02-10'),
        v1_precision: 'day',
        v1_read: 'v1-header',
        versions: [],
        arxiv: '2502.01234',
      },
      bibtex: { key: 'toy2025diff', year: 2025, type: 'article' },
      builds_on: [],
    },
  },
] as never[];

const input = (id: string, method: string, score: number, params: number) => ({
  id,
  benchmark: 'toy-bench',
  reported_in: method,
  model: id,
  params_m: params,
  metrics: { 'toy-score': score },
  prompts: 'original',
  sampling: { guidance: true, cfg: 2 },
  source: { arxiv: method === 'toy-ar' ? '2501.01234' : '2502.01234', version: 'v1', table: 'Table 1' },
});

async function rows(): Promise<ResultRow[]> {
  const { resultRowSchema } = await import('../../src/content.config');
  return [
    { ...resultRowSchema.parse(input('toy-ar-b', 'toy-ar', 0.61, 300)), method: 'toy-ar' },
    { ...resultRowSchema.parse(input('toy-ar-l', 'toy-ar', 0.74, 700)), method: 'toy-ar' },
    { ...resultRowSchema.parse(input('toy-diff-xl', 'toy-diff', 0.7, 800)), method: 'toy-diff' },
  ] as ResultRow[];
}

describe('a benchmark added to the registry only', () => {
  test('its rows validate, strictly: its metric required, another benchmark’s refused', async () => {
    const { resultRowSchema } = await import('../../src/content.config');
    expect(resultRowSchema.safeParse(input('a', 'toy-ar', 0.5, 100)).success).toBe(true);
    expect(resultRowSchema.safeParse({ ...input('a', 'toy-ar', 0.5, 100), metrics: {} }).success).toBe(false);
    expect(resultRowSchema.safeParse({ ...input('a', 'toy-ar', 0.5, 100), metrics: { fid: 2 } }).success).toBe(false);
    expect(resultRowSchema.safeParse({ ...input('a', 'toy-ar', 1.5, 100) }).success).toBe(false);
    // A text-to-image row says how its prompts were handled: the task's fields come with the benchmark.
    const { prompts: _, ...unsaid } = input('a', 'toy-ar', 0.5, 100);
    expect(resultRowSchema.safeParse(unsaid).success).toBe(false);
  });
  test('gets a board of its own that ranks the higher score first, and a lead in that direction', async () => {
    const { BOARDS, boardRows, boardWords } = await import('../../src/lib/board');
    const { toCompareRows } = await import('../../src/lib/compare');
    const { leadOn } = await import('../../src/lib/lead');
    const board = BOARDS.find((b) => (b.benchmark as string) === 'toy-bench')!;
    expect(board.path).toBe('/leaderboard/toy-bench/');
    const compare = toCompareRows(await rows(), methods);
    expect(boardRows(compare, board).map((b) => [b.rank, b.row.id])).toEqual([
      [1, 'toy-ar-l'],
      [2, 'toy-diff-xl'],
      [3, 'toy-ar-b'],
    ]);
    expect(leadOn(compare, board)?.leader).toBe('autoregressive');
    expect(boardWords(board, 'en').title).toContain('the toy benchmark');
    expect(boardWords(board, 'zh').title).toContain('玩具基准');
  });
  test('its chart runs upwards on a linear scale, and its front keeps the higher score', async () => {
    const { layoutChart, chartPoints, metricScale } = await import('../../src/lib/chart');
    const { toCompareRows } = await import('../../src/lib/compare');
    const compare = toCompareRows(await rows(), methods);
    const points = chartPoints(compare, 'toy-bench' as never, null);
    const l = layoutChart(points, 720, 420, 12, 'params', 'toy-score' as never);
    const y = (id: string) => l.marks.find((m) => m.id === id)!.cy;
    expect(y('toy-ar-l')).toBeLessThan(y('toy-ar-b'));
    expect(l.marks.filter((m) => m.onFront).map((m) => m.id)).toEqual(['toy-ar-b', 'toy-ar-l']);
    const scale = metricScale('toy-score' as never, [0.61, 0.74]);
    expect(scale.at(0.74) - scale.at(0.61)).toBeCloseTo((0.74 - 0.61) * (scale.at(1) - scale.at(0)), 5);
  });
  test('the exports, the manifest and the search records carry it, in both editions', async () => {
    const { toResultsExport, toMethodsExport, benchmarkCsv } = await import('../../src/lib/export');
    const { dataManifest } = await import('../../src/lib/export-schema');
    const { rowSearchRecords } = await import('../../src/lib/search-records');
    const { metricColumns } = await import('../../src/lib/metric-cells');
    const exported = toResultsExport(await rows(), methods);
    expect(exported[1]).toMatchObject({ benchmark: 'toy-bench', metrics: { 'toy-score': 0.74 }, fid: null });
    expect(benchmarkCsv(exported, 'toy-bench' as never).split('\r\n')[0]).toContain('toy-score');
    expect(dataManifest([]).benchmarks).toHaveProperty('toy-bench');
    const [en] = rowSearchRecords(exported, toMethodsExport(methods));
    expect(en.content).toContain('Toy 0.61');
    const [zh] = rowSearchRecords(exported, toMethodsExport(methods), 'zh');
    expect(zh.content).toContain('玩具分 0.61');
    expect(metricColumns('toy-bench' as never, 'zh')[0]).toMatchObject({ label: '玩具分', title: '玩具分，越高越好' });
  });
});

describe('a metric added to an existing benchmark', () => {
  test('is a field its rows may print, a column of its tables and of its CSV', async () => {
    const { resultRowSchema } = await import('../../src/content.config');
    const { metricColumns } = await import('../../src/lib/metric-cells');
    const { benchmarkCsvColumns } = await import('../../src/lib/export');
    const row = {
      id: 'x',
      benchmark: 'imagenet-cc',
      reported_in: 'toy-ar',
      model: 'X',
      resolution: 256,
      metrics: { fid: 2, kid: 0.012 },
      source: { arxiv: '2501.01234', version: 'v1', table: 'Table 1' },
    };
    expect(resultRowSchema.safeParse(row).success).toBe(true);
    expect(metricColumns('imagenet-cc').map((c) => c.key)).toContain('kid');
    expect(benchmarkCsvColumns('imagenet-cc')).toContain('kid');
  });
});
