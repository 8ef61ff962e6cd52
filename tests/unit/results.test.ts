import { describe, expect, test } from 'vitest';
import {
  columnDecimals,
  decimalsOf,
  flattenResults,
  formatParams,
  rowsOfMethod,
  samplingLabel,
  sourceLabel,
  sourceUrl,
} from '../../src/lib/results';
import { toResultCells } from '../../src/lib/results-table';
import type { ResultRow, RowData } from '../../src/lib/types';

function row(id: string, patch: Partial<RowData> = {}): RowData {
  return {
    id,
    benchmark: 'imagenet-cc',
    reported_in: 'mar',
    model: id,
    resolution: 256,
    metrics: { fid: 2 },
    sampling: {},
    evaluation: {},
    source: { arxiv: '2406.11838', version: 'v1', table: 'Table 4' },
    disagrees_with: [],
    ...patch,
  };
}

describe('flattenResults', () => {
  test('gives every row its method', () => {
    const rows = flattenResults([
      { method: 'mar', rows: [row('a')] },
      { method: 'dit', rows: [row('b'), row('c')] },
    ]);
    expect(rows.map((r) => [r.id, r.method])).toEqual([
      ['a', 'mar'],
      ['b', 'dit'],
      ['c', 'dit'],
    ]);
  });
});

describe('rowsOfMethod', () => {
  test('own paper first, then own repository, then resolution, unguided before guided, then size', () => {
    const rows: ResultRow[] = [
      { ...row('readme', { source: { repo: 'LTH14/mar', commit: 'a'.repeat(40), file: 'README.md' } }), method: 'mar' },
      { ...row('other-paper', { reported_in: 'var', params_m: 1 }), method: 'mar' },
      { ...row('512', { resolution: 512 }), method: 'mar' },
      { ...row('big-cfg', { params_m: 900, sampling: { guidance: true } }), method: 'mar' },
      { ...row('big', { params_m: 900, sampling: { guidance: false } }), method: 'mar' },
      { ...row('small-cfg', { params_m: 200, sampling: { guidance: true } }), method: 'mar' },
      { ...row('not-mine'), method: 'dit' },
    ];
    expect(rowsOfMethod(rows, 'mar').map((r) => r.id)).toEqual([
      'big',
      'small-cfg',
      'big-cfg',
      '512',
      'readme',
      'other-paper',
    ]);
  });
});

describe('number formatting', () => {
  test('decimalsOf counts the written decimals', () => {
    expect([decimalsOf(3), decimalsOf(3.5), decimalsOf(3.805)]).toEqual([0, 1, 3]);
  });
  test('a column keeps enough decimals for every value, at least the minimum', () => {
    expect(columnDecimals([2.6, 1.78, undefined], 2)).toBe(2);
    expect(columnDecimals([3.805, 2.6], 2)).toBe(3);
  });
  test('params read as a reader expects', () => {
    expect([formatParams(111), formatParams(1400), formatParams(3100), formatParams(undefined)]).toEqual([
      '111M',
      '1.4B',
      '3.1B',
      undefined,
    ]);
  });
  test('cells keep printed precision per column', () => {
    const rows: ResultRow[] = [
      { ...row('a', { metrics: { fid: 2.6, is: 221.4 } }), method: 'mar' },
      { ...row('b', { metrics: { fid: 3.805 } }), method: 'mar' },
    ];
    const cells = toResultCells(rows, (s) => s.toUpperCase());
    expect(cells.map((c) => [c.metrics.fid, c.metrics.is])).toEqual([
      ['2.600', '221.4'],
      ['3.805', undefined],
    ]);
    expect(cells[0].reportedIn).toEqual({ slug: 'mar', name: 'MAR' });
  });
  test('a generated resolution different from the evaluated one is shown as an arrow', () => {
    const [cell] = toResultCells([{ ...row('x', { gen_resolution: 384 }), method: 'llamagen' }], (s) => s);
    expect(cell.resolution).toBe('384 → 256');
  });
});

describe('sources', () => {
  test('paper source: label and versioned arXiv link', () => {
    const s = { arxiv: '2406.06525', version: 'v1', table: 'Table 6' };
    expect(sourceLabel(s)).toBe('arXiv 2406.06525v1, Table 6');
    expect(sourceUrl(s)).toBe('https://arxiv.org/abs/2406.06525v1');
  });
  test('camera-ready source links to the abstract without a version', () => {
    const s = { arxiv: '2406.11838', version: 'camera-ready', table: 'Table 4' };
    expect(sourceLabel(s)).toBe('arXiv 2406.11838 (camera-ready), Table 4');
    expect(sourceUrl(s)).toBe('https://arxiv.org/abs/2406.11838');
  });
  test('repository source: file at the commit', () => {
    const s = { repo: 'LTH14/mar', commit: 'fe470ac24afbee924668d8c5c83e9fec60af3a73', file: 'README.md' };
    expect(sourceLabel(s)).toBe('LTH14/mar README.md @ fe470ac');
    expect(sourceUrl(s)).toBe('https://github.com/LTH14/mar/blob/fe470ac24afbee924668d8c5c83e9fec60af3a73/README.md');
  });
  test('a repository file path is percent-encoded segment by segment; the label keeps it as written', () => {
    const s = {
      repo: 'zfu006/ReTok',
      commit: 'ffaa8a7b4ea7e39c09f78010dfcc239c2a054ed7',
      file: 'assets/images/quantitative result #1.png',
    };
    expect(sourceUrl(s)).toBe(
      'https://github.com/zfu006/ReTok/blob/ffaa8a7b4ea7e39c09f78010dfcc239c2a054ed7/assets/images/quantitative%20result%20%231.png',
    );
    expect(sourceLabel(s)).toContain('assets/images/quantitative result #1.png');
  });
});

describe('samplingLabel', () => {
  test('names guidance, schedule and steps', () => {
    expect(samplingLabel(row('a', { sampling: { guidance: true, cfg: 3, cfg_schedule: 'linear', steps: 256 } }))).toBe(
      'CFG 3 (linear), 256 steps',
    );
    expect(samplingLabel(row('a', { sampling: { guidance: false } }))).toBe('no guidance');
    expect(samplingLabel(row('a', { sampling: { guidance: true } }))).toBe('guidance (scale not stated)');
    expect(samplingLabel(row('a'))).toBe('not stated');
  });
});
