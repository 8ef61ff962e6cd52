import { describe, expect, test } from 'vitest';
import { checkContent, type RawFile } from '../../src/lib/content-check';
import { methodSchema, resultsFileSchema } from '../../src/content.config';
import { checkContentDir } from '../../src/integrations/content-guard';
import { FAMILIES } from '../../src/lib/vocab';

const schemas = { method: methodSchema, resultsFile: resultsFileSchema };

/** A valid method frontmatter; tests break one field at a time. */
function method(slug: string, patch: Record<string, unknown> = {}): RawFile {
  return {
    path: `src/content/methods/${slug}.mdx`,
    slug,
    data: {
      title: `${slug} title`,
      short_name: slug.toUpperCase(),
      role: 'surveyed',
      contribution: 'generator',
      family: 'next-scale',
      backbone: 'decoder-transformer',
      tokenizer: { kind: 'discrete', downsample: 16, codebook_size: 4096 },
      paper: { arxiv: '2404.02905', title: 'A paper', authors: ['A. Author'], v1: '2024-04-03', v1_read: 'v1-header' },
      summary: 'A one-sentence summary that is long enough.',
      bibtex: { key: `${slug}2024`, year: 2024 },
      ...patch,
    },
  };
}

/** A valid row; tests break one field at a time. */
function row(id: string, patch: Record<string, unknown> = {}) {
  return {
    id,
    benchmark: 'imagenet-cc',
    reported_in: 'var',
    model: 'VAR-d30',
    params_m: 2000,
    resolution: 256,
    metrics: { fid: 1.92, is: 323.1, precision: 0.82, recall: 0.59 },
    sampling: { guidance: true, cfg: 1.5 },
    source: { arxiv: '2404.02905', version: 'v2', table: 'Table 1' },
    ...patch,
  };
}

function results(slug: string, rows: unknown[], extra: Record<string, unknown> = {}): RawFile {
  return { path: `src/content/results/${slug}.yaml`, slug, data: { method: slug, rows, ...extra } };
}

const check = (methods: RawFile[], res: RawFile[], strays: string[] = []) =>
  checkContent(methods, res, schemas, strays);

describe('checkContent accepts valid content', () => {
  test('a method with one sourced row passes', () => {
    expect(check([method('var')], [results('var', [row('var-d30')])])).toEqual([]);
  });

  test('a paper dated only to its month passes when its day was not read', () => {
    const m = method('var', {
      paper: { arxiv: '2404.02905', title: 'A', authors: ['A'], v1: '2024-04', v1_read: 'not-read' },
    });
    expect(check([m], [results('var', [row('var-d30')])])).toEqual([]);
  });

  test('a repository source passes', () => {
    const r = row('var-d30-readme', {
      source: { repo: 'FoundationVision/VAR', commit: 'a'.repeat(40), file: 'README.md' },
      release: 'paper',
    });
    expect(check([method('var')], [results('var', [r])])).toEqual([]);
  });

  test('the real content of the site passes', () => {
    expect(checkContentDir(process.cwd())).toEqual([]);
  });
});

describe('checkContent rejects bad input with the file, the row and the field', () => {
  const cases: Array<[string, RawFile[], RawFile[], string]> = [
    [
      'a tokenizer name that repeats its kind',
      [method('var', { tokenizer: { kind: 'none', name: 'None (raw pixels)' } })],
      [],
      'src/content/methods/var.mdx: tokenizer.name is invalid: repeats the kind ("none") that tables already print before it; give the name or description alone, got "None (raw pixels)"',
    ],
    [
      'a text-to-image row that does not say how its prompts were handled',
      [method('var')],
      [
        results('var', [
          row('var-geneval', { benchmark: 'geneval', metrics: { geneval: 0.6 }, resolution: undefined }),
        ]),
      ],
      'src/content/results/var.yaml: row "var-geneval": prompts must be one of: original, rewritten, self-reasoning, not-stated, got nothing',
    ],
    [
      'a GenEval score printed as a percentage',
      [method('var')],
      [
        results('var', [
          row('var-geneval', {
            benchmark: 'geneval',
            metrics: { geneval: 61 },
            prompts: 'original',
            resolution: undefined,
          }),
        ]),
      ],
      'src/content/results/var.yaml: row "var-geneval": metrics.geneval must be a number between 0 and 1, got 61',
    ],
    [
      'negative FID',
      [method('var')],
      [results('var', [row('var-d30', { metrics: { fid: -1.92 } })])],
      'src/content/results/var.yaml: row "var-d30": metrics.fid must be a positive number, got -1.92',
    ],
    [
      'precision above 1',
      [method('var')],
      [results('var', [row('var-d30', { metrics: { fid: 1.92, precision: 82 } })])],
      'src/content/results/var.yaml: row "var-d30": metrics.precision must be a number between 0 and 1, got 82',
    ],
    [
      'params of zero',
      [method('var')],
      [results('var', [row('var-d30', { params_m: 0 })])],
      'src/content/results/var.yaml: row "var-d30": params_m must be a positive number of millions of parameters, got 0',
    ],
    [
      'missing FID',
      [method('var')],
      [results('var', [row('var-d30', { metrics: { is: 300 } })])],
      'src/content/results/var.yaml: row "var-d30": metrics.fid is required (a number)',
    ],
    [
      'FID written as text',
      [method('var')],
      [results('var', [row('var-d30', { metrics: { fid: '1.92' } })])],
      'src/content/results/var.yaml: row "var-d30": metrics.fid must be a positive number, got "1.92"',
    ],
    [
      'dangling reported_in',
      [method('var')],
      [results('var', [row('var-d30', { reported_in: 'nosuch' })])],
      'src/content/results/var.yaml: row "var-d30": reported_in names method "nosuch", which does not exist (no src/content/methods/nosuch.mdx)',
    ],
    [
      'a base generator that does not exist',
      [method('var')],
      [results('var', [row('var-d30', { base: 'nosuch' })])],
      'src/content/results/var.yaml: row "var-d30": base names method "nosuch", which does not exist (no src/content/methods/nosuch.mdx)',
    ],
    [
      'duplicate row id across files',
      [
        method('var'),
        method('mar', {
          paper: { arxiv: '2406.11838', title: 'B', authors: ['B'], v1: '2024-06-17', v1_read: 'v1-header' },
        }),
      ],
      [results('mar', [row('same-id', { reported_in: 'mar' })]), results('var', [row('same-id')])],
      'src/content/results/var.yaml: row "same-id": id is already used in src/content/results/mar.yaml; row ids must be unique across the site',
    ],
    [
      'arXiv id of the wrong shape',
      [
        method('var', {
          paper: { arxiv: '2404.02905v2', title: 'A', authors: ['A'], v1: '2024-04-03', v1_read: 'v1-header' },
        }),
      ],
      [],
      'src/content/methods/var.mdx: paper.arxiv must be an arXiv id such as "2406.11838" (quoted, no version), got "2404.02905v2"',
    ],
    [
      'a date in the future',
      [
        method('var', {
          paper: { arxiv: '2404.02905', title: 'A', authors: ['A'], v1: '2999-01-01', v1_read: 'v1-header' },
        }),
      ],
      [],
      'src/content/methods/var.mdx: paper.v1 must not be in the future, got "2999-01-01"',
    ],
    [
      'a date that is not a calendar date',
      [
        method('var', {
          paper: { arxiv: '2404.02905', title: 'A', authors: ['A'], v1: '2024-02-30', v1_read: 'v1-header' },
        }),
      ],
      [],
      'src/content/methods/var.mdx: paper.v1 must be a real calendar date, got "2024-02-30"',
    ],
    [
      'a day-precise v1 whose day was not read in a primary source',
      [
        method('var', {
          paper: { arxiv: '2404.02905', title: 'A', authors: ['A'], v1: '2024-04-03', v1_read: 'not-read' },
        }),
      ],
      [],
      'src/content/methods/var.mdx: paper.v1 is a day but v1_read says the day was not read in a primary source: write the month only ("2024-04"), or read the day in the v1 header or the arXiv record, got "2024-04-03"',
    ],
    [
      'a month-only v1 whose day was read',
      [
        method('var', {
          paper: { arxiv: '2404.02905', title: 'A', authors: ['A'], v1: '2024-04', v1_read: 'arxiv-record' },
        }),
      ],
      [],
      'src/content/methods/var.mdx: paper.v1 is a month but v1_read says the day was read (arxiv-record): write the day (YYYY-MM-DD), got "2024-04"',
    ],
    [
      'a v1 date that the arXiv identifier rules out',
      [
        method('var', {
          paper: { arxiv: '2404.02905', title: 'A', authors: ['A'], v1: '2024-06-03', v1_read: 'v1-header' },
        }),
      ],
      [],
      'src/content/methods/var.mdx: paper.v1 must fit the arXiv identifier 2404.02905, which was assigned in 2024-04 (v1 is at most a month earlier), got "2024-06-03"',
    ],
    [
      'unknown family',
      [method('var', { family: 'next-pixel' })],
      [],
      `src/content/methods/var.mdx: family must be one of: ${FAMILIES.join(', ')}, got "next-pixel"`,
    ],
    [
      'unknown frontmatter key',
      [method('var', { venue: 'NeurIPS' })],
      [],
      'src/content/methods/var.mdx: the file has unknown field "venue" (check the spelling against the field reference)',
    ],
    [
      'a results file without a method page',
      [method('var')],
      [results('ghost', [row('ghost-1')])],
      'src/content/results/ghost.yaml: this results file has no method: there is no src/content/methods/ghost.mdx (a results file is named after its method)',
    ],
    [
      'a results file without its rows list',
      [method('var')],
      [{ path: 'src/content/results/var.yaml', slug: 'var', data: { method: 'var' } }],
      'src/content/results/var.yaml: rows is required (a list)',
    ],
    [
      'a row without a source',
      [method('var')],
      [results('var', [row('var-d30', { source: undefined })])],
      'src/content/results/var.yaml: row "var-d30": source is required (a group of fields)',
    ],
    [
      'a paper source without its table',
      [method('var')],
      [results('var', [row('var-d30', { source: { arxiv: '2404.02905', version: 'v2' } })])],
      'src/content/results/var.yaml: row "var-d30": source.table is required for a paper source (arxiv, version, table), got nothing',
    ],
    [
      'guidance off but a CFG scale',
      [method('var')],
      [results('var', [row('var-d30', { sampling: { guidance: false, cfg: 1.5 } })])],
      'src/content/results/var.yaml: row "var-d30": sampling.cfg must be absent or 1 when guidance is false, got 1.5',
    ],
    [
      'dangling builds_on',
      [method('var', { builds_on: ['vqgan'] })],
      [],
      'src/content/methods/var.mdx: builds_on.0 names method "vqgan", which does not exist (no src/content/methods/vqgan.mdx)',
    ],
    [
      'results file whose method field disagrees with its name',
      [method('var')],
      [results('var', [row('var-d30')], { method: 'mar' })],
      'src/content/results/var.yaml: method must equal the file name "var", got "mar"',
    ],
  ];

  test.each(cases)('%s', (_name, methods, res, message) => {
    expect(check(methods, res)).toContain(message);
  });

  test('a row without an id is named by its position', () => {
    const { id: _drop, ...noId } = row('x');
    expect(check([method('var')], [results('var', [row('var-a'), noId])])).toContain(
      'src/content/results/var.yaml: row 2: id is required (text)',
    );
  });

  test('a file that is not valid YAML is reported, not dropped', () => {
    const broken: RawFile = {
      path: 'src/content/results/var.yaml',
      slug: 'var',
      data: undefined,
      parseError: 'is not valid YAML: bad indentation',
    };
    expect(check([method('var')], [broken])).toEqual([
      'src/content/results/var.yaml: is not valid YAML: bad indentation',
    ]);
  });

  test('a stray file in a content folder is reported, not ignored', () => {
    expect(check([method('var')], [], ['src/content/methods/var.md'])[0]).toMatch(
      /^src\/content\/methods\/var\.md: not a content file the site reads/,
    );
  });

  test('two method pages for the same paper are rejected', () => {
    const errors = check([method('var'), method('var-copy')], []);
    expect(errors).toContain(
      'src/content/methods/var-copy.mdx: paper.arxiv "2404.02905" is already the paper of src/content/methods/var.mdx; one method page per paper',
    );
  });

  test('every problem is reported at once, not only the first', () => {
    const errors = check(
      [method('var')],
      [results('var', [row('a', { metrics: { fid: -1 } }), row('b', { resolution: 0 })])],
    );
    expect(errors).toHaveLength(2);
  });
});

describe('cross-file rules live in the guard', () => {
  const repo = { repo: 'FoundationVision/VAR', commit: 'a'.repeat(40), file: 'README.md' };
  test("a repository row says whether its number is the paper's or a later release", () => {
    expect(check([method('var')], [results('var', [row('var-d30-readme', { source: repo })])])).toEqual([
      'src/content/results/var.yaml: row "var-d30-readme": release is required for a repository source: "paper" when the paper prints the same number, "later" when it is a later release, got nothing',
    ]);
    expect(check([method('var')], [results('var', [row('var-d30', { release: 'later' })])])[0]).toContain(
      'release is invalid: can be "later" only for a repository source',
    );
  });
  test('a model name does not carry the table\'s "(Ours)" mark', () => {
    expect(check([method('var')], [results('var', [row('var-d30-ours', { model: 'VAR-d30 (Ours)' })])])).toEqual([
      'src/content/results/var.yaml: row "var-d30-ours": model "VAR-d30 (Ours)" carries the table\'s "(Ours)" mark or "Ours" for a name; give the model\'s name (e.g. "SD3 (depth=38)")',
    ]);
    expect(check([method('var')], [results('var', [row('var-ours', { model: 'Ours (depth=30)' })])])[0]).toContain(
      'model "Ours (depth=30)" carries the table\'s "(Ours)" mark or "Ours" for a name',
    );
    expect(check([method('var')], [results('var', [row('var-ours', { model: 'Oursler-XL' })])])).toEqual([]);
  });
  test('a model name is more than a size', () => {
    expect(check([method('var')], [results('var', [row('var-2b', { model: '2B (paper reported)' })])])).toEqual([
      'src/content/results/var.yaml: row "var-2b": model "2B (paper reported)" is a size without a name; give the model\'s name with it (e.g. "SimpleAR-1.5B")',
    ]);
    expect(check([method('var')], [results('var', [row('var-2b', { model: 'VAR 2B' })])])).toEqual([]);
  });
  test('a model name carries no reference number from the table', () => {
    expect(check([method('var')], [results('var', [row('var-d30', { model: 'VAR-d30 [33]' })])])).toEqual([
      'src/content/results/var.yaml: row "var-d30": model "VAR-d30 [33]" carries the table\'s reference number; give the model\'s name alone (the row\'s source already names the table)',
    ]);
  });
  test('an idea has one originator: the same introduced phrase on two pages is refused', () => {
    const a = method('var', { introduced: ['next-scale prediction', 'next-scale'] });
    const b = method('flowar', {
      introduced: ['Next scale'],
      paper: { arxiv: '2412.15205', title: 'B', authors: ['B'], v1: '2024-12-19', v1_read: 'v1-header' },
    });
    expect(check([a, b], [])).toEqual([
      'src/content/methods/flowar.mdx: introduced.0 "Next scale" is already introduced by src/content/methods/var.mdx; an idea has one originator (name what this paper adds instead)',
    ]);
    expect(
      check([a, method('flowar', { ...(b.data as object), introduced: ['scale-wise flow matching'] })], []),
    ).toEqual([]);
  });
  test('a disagreement is marked on both rows', () => {
    const a = row('var-d30-a', { disagrees_with: ['var-d30-b'] });
    const b = row('var-d30-b', { metrics: { fid: 1.97 } });
    expect(check([method('var')], [results('var', [a, b])])).toEqual([
      'src/content/results/var.yaml: row "var-d30-a": disagrees_with.0 names row "var-d30-b", which does not name "var-d30-a" back; list each row in the other\'s disagrees_with',
    ]);
    expect(check([method('var')], [results('var', [a, { ...b, disagrees_with: ['var-d30-a'] }])])).toEqual([]);
  });
  test('a baseline row is printed by the baseline itself or by a surveyed paper, never by another baseline', () => {
    const methods = [
      method('var'),
      method('dit', {
        role: 'baseline',
        family: 'diffusion',
        paper: { arxiv: '2212.09748', title: 'DiT', authors: ['W. Peebles'], v1: '2022-12-19', v1_read: 'v1-header' },
      }),
      method('adm', {
        role: 'baseline',
        family: 'diffusion',
        paper: { arxiv: '2105.05233', title: 'ADM', authors: ['P. Dhariwal'], v1: '2021-05-11', v1_read: 'v1-header' },
      }),
    ];
    expect(check(methods, [results('dit', [row('dit-by-var'), row('dit-by-adm', { reported_in: 'adm' })])])).toEqual([
      'src/content/results/dit.yaml: row "dit-by-adm": reported_in names "adm", another baseline; a baseline\'s row is printed by its own paper or by a surveyed method\'s paper',
    ]);
  });
  test('the generator of a tokenizer paper resolves, and only such a paper names one', () => {
    const tok = method('titok', {
      contribution: 'tokenizer',
      generator: 'maskgitt',
      paper: { arxiv: '2406.07550', title: 'TiTok', authors: ['Q. Yu'], v1: '2024-06-11', v1_read: 'v1-header' },
    });
    expect(check([method('var'), tok], [])).toEqual([
      'src/content/methods/titok.mdx: generator names method "maskgitt", which does not exist (no src/content/methods/maskgitt.mdx)',
    ]);
    expect(check([method('var', { generator: 'var' })], [])[0]).toContain(
      'generator is for a tokenizer, decoding or training paper',
    );
  });
  test('a "TODO" placeholder is an error only when asked (CI)', () => {
    const m = {
      ...method('var', { summary: 'TODO: one sentence on what this method does differently.' }),
      body: 'TODO: the idea',
    };
    expect(check([m], [])).toEqual([]);
    expect(checkContent([m], [], schemas, [], [], { strictPlaceholders: true })).toEqual([
      'src/content/methods/var.mdx: summary still holds the placeholder "TODO"; fill it in or remove it',
      'src/content/methods/var.mdx: the page body still holds the placeholder "TODO"; fill it in or remove it',
    ]);
  });
  test('a core method says which seed family it stands for, and only a core method does', () => {
    expect(check([method('var', { role: 'core' })], [])).toEqual([
      'src/content/methods/var.mdx: spine is required for a core method (the seed family it stands for on the home page: order, heading, text)',
    ]);
    const spine = { order: 1, heading: 'VAR', text: 'Next-scale prediction, one token map per step, coarse to fine.' };
    expect(check([method('var', { role: 'core', spine })], [])).toEqual([]);
    expect(check([method('var', { spine })], [])).toEqual([
      'src/content/methods/var.mdx: spine is only for a core method; role is "surveyed"',
    ]);
  });
  test('a heading of a page body must not take an id the page template uses', () => {
    const m = { ...method('var'), body: '## Results\n\nText.\n\n## Headline results\n' };
    expect(check([m], [])).toEqual([
      'src/content/methods/var.mdx: the heading with id "results" clashes with the page\'s own "results" section; give the heading other words (e.g. "Headline results")',
    ]);
  });
});
