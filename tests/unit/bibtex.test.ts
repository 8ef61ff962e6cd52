import { describe, expect, test } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { bibtexTitle, escapeBibtex, invertName, toBibtex } from '../../src/lib/bibtex';

const paper = (title: string, authors: string[]) => ({
  paper: {
    arxiv: '2406.11838',
    title,
    authors,
    v1: new Date('2024-06-17'),
    v1_precision: 'day' as const,
    v1_read: 'v1-header' as const,
    versions: [],
  },
  bibtex: {
    key: 'li2024autoregressive',
    type: 'article' as const,
    journal: 'arXiv preprint arXiv:2406.11838',
    year: 2024,
  },
});

describe('toBibtex', () => {
  test('builds a complete entry from the paper and the bibtex fields', () => {
    expect(
      toBibtex(paper('Autoregressive Image Generation without Vector Quantization', ['Tianhong Li', 'Kaiming He'])),
    ).toMatchInlineSnapshot(`
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

  test('escapes every special character and inverts names', () => {
    expect(escapeBibtex('A & B_1')).toBe('A \\& B\\_1');
    expect(escapeBibtex('{a} \\ ~ ^ % $ #')).toBe(
      '\\{a\\} \\textbackslash{} \\textasciitilde{} \\textasciicircum{} \\% \\$ \\#',
    );
    expect(invertName('Yonglong Tian')).toBe('Tian, Yonglong');
    expect(invertName('Plato')).toBe('Plato');
  });

  test('protects acronyms, inner capitals, digits and proper names in titles', () => {
    expect(bibtexTitle('Scalable Autoregressive Image Generation with Mamba')).toBe(
      'Scalable Autoregressive Image Generation with {Mamba}',
    );
    expect(bibtexTitle('VQGAN: Taming ImageNet, 1D tokens')).toBe('{VQGAN:} Taming {ImageNet,} {1D} tokens');
  });

  // Titles a contributor might enter, each with something that used to break an entry or a style.
  const hard = [
    'Autoregressive Model Beats Diffusion: Llama for Scalable Image Generation',
    'Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction',
    'A {curly} title with \\backslash, ~tilde and ^caret',
    '50% of GANs & 100$ #1 under_score',
    'M-VAR: Decoupled Scale-wise Autoregressive Modeling for High-Quality Image Generation',
  ];
  for (const title of hard) {
    test(`round-trips through a BibTeX parser: ${title}`, () => {
      const bib = toBibtex(paper(title, ['Jürgen Müller', 'Ana {Bo} Li_x']));
      const read = parse(bib, { sentenceCase: false });
      expect(read.errors).toEqual([]);
      expect(read.entries).toHaveLength(1);
      expect(read.entries[0].fields.title).toBe(title);
      expect(read.entries[0].fields.eprint).toBe('2406.11838');
      const authors = read.entries[0].fields.author as Array<{ lastName?: string; firstName?: string }>;
      expect(authors.map((a) => `${a.firstName} ${a.lastName}`)).toEqual(['Jürgen Müller', 'Ana {Bo} Li_x']);
    });
  }

  test('a style that sentence-cases titles keeps the protected words', () => {
    const bib = toBibtex(paper('Taming Transformers for ImageNet with VQ Tokens and GANs in 2D', ['A B']));
    const title = parse(bib, { sentenceCase: {} }).entries[0].fields.title;
    for (const w of ['Transformers', 'ImageNet', 'VQ', 'GANs', '2D']) expect(title).toContain(w);
  });
});
