import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeLine, rowChanges, sourceText } from '../../src/lib/row-history';
import { rowChangesIn } from '../../src/data/row-history';

const change = (date: string, hash = 'a'.repeat(40)) => ({ date, hash, subject: `fix ${date}` });
const file = (fid: number, version = 'v1', layout: 'flat' | 'metrics' = 'metrics') => ({
  rows: [
    {
      id: 'm-1',
      ...(layout === 'flat' ? { fid } : { benchmark: 'imagenet-cc', metrics: { fid, is: 300 } }),
      source: { arxiv: '2406.11838', version, table: 'Table 4' },
    },
  ],
});

describe("a row's history", () => {
  test('a changed number and a changed source are changes, newest first', () => {
    const h = rowChanges([
      { change: change('2026-01-02'), before: file(1.6), after: file(1.55) },
      { change: change('2026-03-04'), before: file(1.55), after: file(1.55, 'v2') },
    ]).get('m-1')!;
    expect(h.map((c) => [c.date, c.field, c.old, c.new])).toEqual([
      ['2026-03-04', 'source', 'arXiv 2406.11838v1, Table 4', 'arXiv 2406.11838v2, Table 4'],
      ['2026-01-02', 'value', '1.6', '1.55'],
    ]);
    expect(changeLine(h[1])).toBe('2026-01-02 FID 1.6 → 1.55 (aaaaaaa: fix 2026-01-02)');
  });
  test('a layout change that keeps the number and source, an added row and a removed one are none', () => {
    expect(rowChanges([{ change: change('2026-01-02'), before: file(1.6, 'v1', 'flat'), after: file(1.6) }]).size).toBe(
      0,
    );
    expect(rowChanges([{ change: change('2026-01-02'), before: { rows: [] }, after: file(1.6) }]).size).toBe(0);
    expect(rowChanges([{ change: change('2026-01-02'), before: file(1.6), after: undefined }]).size).toBe(0);
  });
  test('a repository source reads as its file at the commit', () => {
    expect(sourceText({ repo: 'LTH14/mar', commit: 'fe470ac1234', file: 'README.md', table: 'Table' })).toBe(
      'LTH14/mar@fe470ac README.md, Table',
    );
  });
  test('read from a real repository: two commits of a results file give the change and its message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'row-history-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
      git('init', '-q');
      mkdirSync(join(dir, 'src/content/results'), { recursive: true });
      const path = join(dir, 'src/content/results/m.yaml');
      const yaml = (fid: number) =>
        `method: m\nrows:\n  - id: m-1\n    benchmark: imagenet-cc\n    metrics: { fid: ${fid} }\n    source: { arxiv: "2406.11838", version: v1, table: Table 4 }\n`;
      writeFileSync(path, yaml(2.1));
      git('add', '.');
      git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'add m');
      writeFileSync(path, yaml(1.9));
      git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-am', 'm: FID as in Table 4 of v1');
      const h = rowChangesIn(dir).get('m-1')!;
      expect(h).toHaveLength(1);
      expect(h[0]).toMatchObject({
        field: 'value',
        metric: 'fid',
        old: '2.1',
        new: '1.9',
        subject: 'm: FID as in Table 4 of v1',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
