import { describe, expect, test } from 'vitest';
import { citeAuthors, citeRow } from '../../src/lib/cite';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import type { Method, ResultRow } from '../../src/lib/types';

const printer = {
  data: {
    paper: { authors: ['Sucheng Ren', 'Qihang Yu', 'Ju He'] },
    bibtex: { key: 'ren2025xar', year: 2025 },
  },
} as unknown as Method;
const row = {
  id: 'xar-h',
  benchmark: 'imagenet-cc',
  model: 'xAR-H',
  resolution: 256,
  metrics: { fid: 1.3 },
  sampling: { guidance: true, cfg: 2.2, cfg_schedule: 'linear', steps: 200 },
  source: { arxiv: '2502.20388', version: 'v2', table: 'Table 1' },
} as unknown as ResultRow;

describe('cite a number', () => {
  test('authors: one, two, or the first et al., in each edition', () => {
    expect(citeAuthors(['Keyu Tian'], en.cite)).toBe('Tian');
    expect(citeAuthors(['Keyu Tian', 'Yi Jiang'], en.cite)).toBe('Tian and Jiang');
    expect(citeAuthors(['Keyu Tian', 'Yi Jiang', 'Zehuan Yuan'], en.cite)).toBe('Tian et al.');
    expect(citeAuthors(['Keyu Tian', 'Yi Jiang', 'Zehuan Yuan'], zh.cite)).toBe('Tian 等');
  });
  test('the sentence keeps the printed decimals and names the table and the setting', () => {
    const c = citeRow(row, printer, en, 'en');
    expect(c.key).toBe('ren2025xar');
    expect(c.sentence).toBe(
      'FID 1.30 (Ren et al., 2025, Table 1; class-conditional ImageNet 256×256, CFG 2.2 (linear), 200 steps)',
    );
    expect(citeRow(row, printer, zh, 'zh').sentence).toMatch(
      /^FID 1\.30（Ren 等，2025，表 1；类别条件 ImageNet 256×256，/,
    );
  });
  test('a repository source is named by its file at the commit', () => {
    const fromRepo = {
      ...row,
      source: { repo: 'OliverRensu/xAR', commit: '121e9c93df32', file: 'README.md' },
    } as ResultRow;
    expect(citeRow(fromRepo, printer, en, 'en').sentence).toContain('README.md at OliverRensu/xAR@121e9c9');
  });
});
