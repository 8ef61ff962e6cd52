import { describe, expect, test } from 'vitest';
import { escapeLatex, latexTable, markdownTable, type PaperTableInput } from '../../src/lib/paper-table';
import { exportMethod, exportRow } from './export-row-fixture';

const input = (
  rows = [exportRow('a'), exportRow('b', { cfg: 2.5, metrics: { fid: 1.7, is: null } })],
): PaperTableInput => ({
  rows,
  methods: [exportMethod('mar')],
  metrics: ['fid', 'is'],
  title: 'Leaderboard',
  provenance: 'Data: site, 2026-12-06',
  ranked: true,
});

describe('escapeLatex', () => {
  test('escapes the special characters and spells the symbols out', () => {
    expect(escapeLatex('a_b & 50% #1 {x} ~ ^')).toBe(
      'a\\_b \\& 50\\% \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{}',
    );
    expect(escapeLatex('256×256 → 512, Σ')).toBe('256$\\times$256 $\\to$ 512, $\\Sigma$');
  });
  test('refuses a character it cannot spell, naming it', () => {
    expect(() => escapeLatex('模型')).toThrow(/"模"/);
  });
});

describe('latexTable', () => {
  const tex = latexTable(input());
  test('one \\cite per row of the printing paper, booktabs rules, ranks', () => {
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\bottomrule');
    const body = tex.split('\\midrule')[1].split('\\bottomrule')[0].trim().split('\n');
    expect(body).toHaveLength(2);
    expect(body[0]).toMatch(/^1 & a & MAR & \\cite\{mar2024key\}, Tab\. 4 & 1\.55 & 303\.7 & 943M/);
  });
  test('a setting every row shares goes into the caption, one that differs becomes a column', () => {
    expect(tex).toMatch(/All rows: resolution 256; steps 256\./);
    expect(tex).toContain('Guidance');
    expect(tex).toMatch(/& CFG 3 \\\\\n/);
    expect(tex).toMatch(/& CFG 2\.5 \\\\\n/);
  });
  test('the column count of every row matches the header', () => {
    const align = /\\begin\{tabular\}\{(\w+)\}/.exec(tex)![1];
    const lines = tex.split('\n').filter((l) => l.endsWith('\\\\'));
    for (const l of lines) expect(l.split(' & ')).toHaveLength(align.length);
  });
  test('a row of an unknown method is an error', () => {
    expect(() => latexTable(input([exportRow('x', { method: 'nope' })]))).toThrow(/"nope"/);
  });
});

describe('markdownTable', () => {
  test('a pipe table: caption, header, alignment row, one line per row with pandoc citations', () => {
    const md = markdownTable(input()).trim().split('\n');
    expect(md[0]).toMatch(/^Leaderboard\. All rows: /);
    const table = md.slice(2);
    const cells = (l: string) => l.slice(1, -1).split(' | ');
    expect(table).toHaveLength(4);
    for (const l of table) expect(cells(l)).toHaveLength(cells(table[0]).length);
    expect(cells(table[2])[3]).toBe('[@mar2024key], Tab. 4');
  });
});
