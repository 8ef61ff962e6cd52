import { describe, expect, test } from 'vitest';
import { homeView, seedFamilyOf } from '../../src/lib/home';
import type { Method, ResultRow } from '../../src/lib/types';
import { readMethods, readResults } from '../content';
import { translation } from './translation-fixture';

const spine = (order: number, families: string[], backbones: string[] = []) => ({
  order,
  heading: `H${order}`,
  text: 'x'.repeat(40),
  families,
  backbones,
});
const m = (
  slug: string,
  role: string,
  family: string,
  backbone: string,
  v1: string,
  s?: ReturnType<typeof spine>,
): Method =>
  ({
    slug,
    data: {
      short_name: slug.toUpperCase(),
      role,
      family,
      backbone,
      contribution: 'generator',
      tokenizer: { kind: 'discrete' },
      paper: { v1: new Date(v1) },
      spine: s,
    },
  }) as unknown as Method;
const row = (id: string, method: string, fid: number, reported_in = method, resolution = 256): ResultRow =>
  ({
    id,
    benchmark: 'imagenet-cc',
    method,
    reported_in,
    model: id,
    resolution,
    metrics: { fid },
    sampling: {},
    evaluation: {},
    source: { arxiv: '2401.00001', version: 'v1', table: 'Table 1' },
    disagrees_with: [],
  }) as unknown as ResultRow;

const methods = [
  m(
    'llamagen',
    'core',
    'next-token',
    'decoder-transformer',
    '2024-06-10',
    spine(1, ['next-token', 'parallel-decoding']),
  ),
  m('aim', 'core', 'next-token', 'mamba-ssm', '2024-08-22', spine(2, [], ['mamba-ssm'])),
  m('par', 'surveyed', 'parallel-decoding', 'decoder-transformer', '2024-12-19'),
  m('newssm', 'surveyed', 'next-token', 'mamba-ssm', '2025-01-01'),
  m('rar', 'surveyed', 'next-token', 'decoder-transformer', '2024-11-01'),
  m('dit', 'baseline', 'diffusion', 'diffusion-transformer', '2022-12-19'),
];

describe('homeView', () => {
  test('a surveyed method is listed under the seed family of its backbone first, then of its paradigm', () => {
    const cores = methods.filter((x) => x.data.role === 'core');
    expect(seedFamilyOf(methods[3], cores)).toBe('aim');
    expect(seedFamilyOf(methods[2], cores)).toBe('llamagen');
    const v = homeView(methods, []);
    expect(v.families.map((f) => [f.slug, f.members.map((x) => x.slug)])).toEqual([
      ['llamagen', ['rar', 'par']],
      ['aim', ['newssm']],
    ]);
  });
  test('who came first, and the counts, come from the data', () => {
    const v = homeView(methods, [row('a', 'rar', 1.5), row('b', 'dit', 2.27)]);
    expect(v.firsts.map((f) => f.methods.map((x) => x.slug))).toEqual([['llamagen'], ['aim']]);
    expect(v.counts).toEqual({ autoregressive: 5, baselines: 1, rows: 2 });
  });
  test('who leads at 256 uses only own rows at 256', () => {
    const rows = [
      row('rar-xxl', 'rar', 1.48),
      row('rar-by-other', 'rar', 1.2, 'par'),
      row('rar-512', 'rar', 1.1, 'rar', 512),
      row('dit-xl', 'dit', 2.27),
    ];
    const v = homeView(methods, rows);
    const lead = v.leads.find((l) => l.board.slug === 'all');
    expect([lead?.autoregressive.row.model, lead?.autoregressive.row.fid, lead?.diffusion.row.model]).toEqual([
      'rar-xxl',
      1.48,
      'dit-xl',
    ]);
    expect([lead?.leader, lead?.margin]).toEqual(['autoregressive', 0.79]);
  });
});

describe('each family best', () => {
  test('a seed family and a paradigm show their best-ranked model of the default board', async () => {
    const { toCompareRows } = await import('../../src/lib/compare');
    const { BOARDS, boardRows } = await import('../../src/lib/board');
    const methods = readMethods();
    const view = homeView(methods, readResults());
    const board = boardRows(toCompareRows(readResults(), methods), BOARDS[0]);
    for (const b of view.paradigmBest) {
      const first = board.find((x) => x.row.family === b.family)!;
      expect(b.rank).toBe(first.rank);
      expect(b.score).toBe(first.row.score);
    }
    expect(new Set(view.paradigmBest.map((b) => b.family))).toEqual(new Set(board.map((x) => x.row.family)));
    for (const f of view.families) if (f.best) expect(board[f.best.rank - 1].row.method).toBe(f.best.method);
  });
});

describe('the home page in another edition', () => {
  test("a core method's translated spine replaces its English heading and text; an untranslated one is marked English", () => {
    const methods = readMethods();
    const view = homeView(methods, readResults(), [
      translation('methods', 'var', { spine: { heading: 'VAR', text: '下一尺度预测。由粗到细，每步一整张词元图。' } }),
    ]);
    const v = view.families.find((f) => f.slug === 'var')!;
    expect([v.text, v.lang]).toEqual(['下一尺度预测。由粗到细，每步一整张词元图。', undefined]);
    expect(view.families.find((f) => f.slug === 'mar')!.lang).toBe('en');
    expect(homeView(methods, readResults()).families.every((f) => f.lang === undefined)).toBe(true);
  });
});
