import { describe, expect, test } from 'vitest';
import { BOARDS, boardRows } from '../../src/lib/board';
import type { CompareRow } from '../../src/lib/compare';

const r = (id: string, patch: Partial<CompareRow>): CompareRow =>
  ({
    id,
    model: id,
    method: 'm',
    params: 100,
    fid: 3,
    resolution: 256,
    guidance: true,
    cfg: 1.5,
    provenance: 0,
    release: 'paper',
    date: '2024-01-01',
    benchmark: 'imagenet-cc',
    ...patch,
    score: patch.score ?? patch.fid ?? 3,
  }) as CompareRow;
const board = (slug: string) => BOARDS.find((b) => b.slug === slug)!;

describe('boardRows', () => {
  test('one row per model (same size, same name without its setting, or an unsized twin with the same FID), its best FID, ranked', () => {
    const rows = [
      r('l-cfg2', { model: 'Gen-L (cfg=2.00)', params: 343, fid: 3.07 }),
      r('l-cfg175', { model: 'Gen-L (cfg=1.75)', params: 343, fid: 3.2 }),
      r('l-readme', { model: 'Gen-L', params: null, fid: 3.8, provenance: 1 }),
      r('xl', { model: 'Gen-XL', params: 775, fid: 2.62 }),
      r('xl-readme', { model: 'Gen-XL checkpoint', params: null, fid: 2.62, provenance: 1 }),
      r('other', { method: 'o', model: 'Other-B', params: 343, fid: 2.9, date: '2023-01-01' }),
    ];
    expect(boardRows(rows, board('all')).map((b) => [b.rank, b.row.id])).toEqual([
      [1, 'xl'],
      [2, 'other'],
      [3, 'l-cfg2'],
    ]);
  });
  test("only the method's own published numbers, in the board's setting", () => {
    const rows = [
      r('own', { fid: 3 }),
      r('reprint', { model: 'Other paper copy', params: 200, fid: 1, provenance: 2 }),
      r('later', { model: 'New recipe', params: 300, fid: 1.5, provenance: 1, release: 'later' }),
      r('nocfg', { model: 'No guidance', params: 400, fid: 6, guidance: false, cfg: 1 }),
      r('512', { model: 'At 512', params: 500, fid: 2, resolution: 512 }),
    ];
    expect(boardRows(rows, board('all')).map((b) => b.row.id)).toEqual(['own', 'nocfg']);
    expect(boardRows(rows, board('guidance')).map((b) => b.row.id)).toEqual(['own']);
    expect(boardRows(rows, board('no-guidance')).map((b) => b.row.id)).toEqual(['nocfg']);
    expect(boardRows(rows, board('512')).map((b) => b.row.id)).toEqual(['512']);
  });
});

describe('board exports', () => {
  test('a CSV record per ranked row, in rank order, guidance as a boolean', async () => {
    const { boardCsv } = await import('../../src/lib/board-export');
    const rows = boardRows(
      [r('a', { fid: 2 }), r('b', { model: 'B', params: 200, fid: 1, guidance: false, cfg: 1 })],
      board('all'),
    );
    expect(
      boardCsv(rows, 'imagenet-cc')
        .split('\r\n')
        .slice(1, 3)
        .map((l) => l.split(',').slice(0, 2).join(',')),
    ).toEqual(['1,b', '2,a']);
    expect(boardCsv(rows, 'imagenet-cc')).toContain(',false,1,');
  });
});
