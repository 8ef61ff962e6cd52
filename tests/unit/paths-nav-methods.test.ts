import { describe, expect, test } from 'vitest';
import { escapeBibtex, invertName, toBibtex } from '../../src/lib/bibtex';
import { joinBase } from '../../src/lib/paths';
import { byFirstAppearance, groupByRole, tokenizerSummary } from '../../src/lib/methods';
import { isCurrent } from '../../src/lib/nav';
import type { Method } from '../../src/lib/types';

describe('toBibtex', () => {
  test('builds a complete entry from the paper and the bibtex fields', () => {
    const entry = toBibtex({
      paper: {
        arxiv: '2406.11838',
        title: 'Autoregressive Image Generation without Vector Quantization',
        authors: ['Tianhong Li', 'Kaiming He'],
        v1: new Date('2024-06-17'),
        versions: [],
      },
      bibtex: { key: 'li2024autoregressive', type: 'article', journal: 'arXiv preprint arXiv:2406.11838', year: 2024 },
    });
    expect(entry).toMatchInlineSnapshot(`
      "@article{li2024autoregressive,
        title = {Autoregressive Image Generation without Vector Quantization},
        author = {Li, Tianhong and He, Kaiming},
        journal = {arXiv preprint arXiv:2406.11838},
        year = {2024},
        eprint = {2406.11838},
        archivePrefix = {arXiv},
        url = {https://arxiv.org/abs/2406.11838}
      }"
    `);
  });
  test('escapes special characters and inverts names', () => {
    expect(escapeBibtex('A & B_1')).toBe('A \\& B\\_1');
    expect(invertName('Yonglong Tian')).toBe('Tian, Yonglong');
    expect(invertName('Plato')).toBe('Plato');
  });
});

describe('joinBase', () => {
  test('joins base and path with one slash', () => {
    expect(joinBase('/', '/methods/')).toBe('/methods/');
    expect(joinBase('/survey/', '/methods/mar/')).toBe('/survey/methods/mar/');
    expect(joinBase('/survey', 'methods/')).toBe('/survey/methods/');
    expect(joinBase('/survey/', '/')).toBe('/survey/');
  });
});

describe('isCurrent', () => {
  test('a section is current on its own pages only', () => {
    expect(isCurrent('/methods/mar/', '/methods/')).toBe(true);
    expect(isCurrent('/methods', '/methods/')).toBe(true);
    expect(isCurrent('/', '/methods/')).toBe(false);
  });
});

function m(slug: string, v1: string, role: 'core' | 'baseline' = 'core'): Method {
  return {
    slug,
    data: {
      short_name: slug.toUpperCase(),
      role,
      paper: { v1: new Date(v1) },
    },
  } as unknown as Method;
}

describe('ordering methods', () => {
  test('by first arXiv version, oldest first', () => {
    const order = byFirstAppearance([m('mar', '2024-06-17'), m('var', '2024-04-03'), m('llamagen', '2024-06-10')]);
    expect(order.map((x) => x.slug)).toEqual(['var', 'llamagen', 'mar']);
  });
  test('grouped core first, empty groups left out', () => {
    const groups = groupByRole([m('dit', '2022-12-19', 'baseline'), m('mar', '2024-06-17')]);
    expect(groups.map((g) => [g.role, g.methods.map((x) => x.slug)])).toEqual([
      ['core', ['mar']],
      ['baseline', ['dit']],
    ]);
    expect(groupByRole([m('mar', '2024-06-17')]).map((g) => g.role)).toEqual(['core']);
  });
  test('tokenizer summary', () => {
    expect(tokenizerSummary({ kind: 'discrete', name: 'VQGAN', downsample: 16, codebook_size: 16384 })).toBe(
      'discrete, VQGAN, 16× downsampling, 16,384 codes',
    );
    expect(tokenizerSummary({ kind: 'none' })).toBe('no tokenizer');
  });
});
