/**
 * Bad input from a contributor: each case copies the project's content to a temporary folder, breaks
 * one thing, and expects a message that names the file (and the row and field where there is one).
 * The content guard decides most cases; it runs here as the build runs it, and real `astro build`s
 * prove that its verdict stops the build, and cover what only the build sees (MDX, math).
 */
import { describe, expect, test } from 'vitest';
import { cpSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildWith, checkWith } from './build-copy';
import { FAMILIES } from '../../src/lib/vocab';

/** Replaces `from` by `to` in one file of the copy; fails loudly if `from` is not there. */
const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
};

const MAR = 'src/content/methods/mar.mdx';
const MAR_RESULTS = 'src/content/results/mar.yaml';
const ZH_MAR = 'src/content/translations/zh/methods/mar.md';
const ZH_METRICS = 'src/content/translations/zh/concepts/metrics.md';

const CASES: Array<[string, (dir: string) => void, string | RegExp]> = [
  [
    'a missing required field',
    edit(MAR, /^summary: .*\n/m, ''),
    'src/content/methods/mar.mdx: summary is required (text)',
  ],
  [
    'a wrong type',
    edit(MAR_RESULTS, 'params_m: 208\n', 'params_m: 208M\n'),
    'src/content/results/mar.yaml: row "mar-b-nocfg-mar": params_m must be a positive number of millions of parameters, got "208M"',
  ],
  [
    'an unknown enum value, with the allowed values',
    edit(MAR, 'family: masked-random-order', 'family: masked'),
    `src/content/methods/mar.mdx: family must be one of: ${FAMILIES.join(', ')}, got "masked"`,
  ],
  [
    'a dangling method reference',
    edit(MAR_RESULTS, 'reported_in: mar\n', 'reported_in: marr\n'),
    'src/content/results/mar.yaml: row "mar-b-nocfg-mar": reported_in names method "marr", which does not exist',
  ],
  [
    'a duplicate row id',
    edit(MAR_RESULTS, 'id: mar-b-cfg-mar', 'id: mar-b-nocfg-mar'),
    'row "mar-b-nocfg-mar": id is already used in src/content/results/mar.yaml',
  ],
  [
    'a duplicate slug',
    (dir) => cpSync(join(dir, MAR), join(dir, 'src/content/methods/MAR.mdx')),
    'src/content/methods/mar.mdx: duplicate slug "mar": src/content/methods/MAR.mdx has the same name',
  ],
  [
    'an impossible metric',
    edit(MAR_RESULTS, 'fid: 3.48', 'fid: -3.48'),
    'src/content/results/mar.yaml: row "mar-b-nocfg-mar": metrics.fid must be a positive number, got -3.48',
  ],
  [
    'precision given in percent',
    edit(MAR_RESULTS, 'precision: 0.78', 'precision: 78'),
    'row "mar-b-nocfg-mar": metrics.precision must be a number between 0 and 1, got 78',
  ],
  [
    'a malformed arXiv id',
    edit(MAR, 'arxiv: "2406.11838"', 'arxiv: "arXiv:2406.11838"'),
    'src/content/methods/mar.mdx: paper.arxiv must be an arXiv id such as "2406.11838" (quoted, no version), got "arXiv:2406.11838"',
  ],
  [
    'a malformed date',
    edit(MAR, 'v1: 2024-06-17', 'v1: 2024-17-06'),
    'src/content/methods/mar.mdx: paper.v1 must be a real calendar date, got "2024-17-06"',
  ],
  [
    'a date in the future',
    edit(MAR, 'v1: 2024-06-17', 'v1: 2999-06-17'),
    'src/content/methods/mar.mdx: paper.v1 must not be in the future',
  ],
  [
    'an unknown frontmatter key',
    edit(MAR, 'short_name: MAR\n', 'short_name: MAR\nshortname: MAR\n'),
    'src/content/methods/mar.mdx: the file has unknown field "shortname"',
  ],
  [
    'a results file for a method that does not exist',
    (dir) =>
      writeFileSync(
        join(dir, 'src/content/results/ghost.yaml'),
        readFileSync(join(dir, MAR_RESULTS), 'utf8').replace('method: mar', 'method: ghost'),
      ),
    'src/content/results/ghost.yaml: this results file has no method',
  ],
  [
    'an empty results file',
    (dir) => writeFileSync(join(dir, MAR_RESULTS), ''),
    'src/content/results/mar.yaml: is empty',
  ],
  [
    'a row without a source',
    edit(MAR_RESULTS, / {4}source: \{ arxiv: "2406.11838", version: camera-ready, table: Table 4 \}\n/, ''),
    'src/content/results/mar.yaml: row "mar-b-nocfg-mar": source is required (a group of fields)',
  ],
  [
    'a placeholder left by npm run new (strict, as the build runs with CI set)',
    edit(MAR, /^summary: .*$/m, 'summary: "TODO: one sentence on what this method does differently."'),
    'src/content/methods/mar.mdx: summary still holds the placeholder "TODO"',
  ],
  [
    'a results file in the wrong format',
    (dir) => {
      cpSync(join(dir, MAR_RESULTS), join(dir, 'src/content/results/mar.yml'));
      unlinkSync(join(dir, MAR_RESULTS));
    },
    'src/content/results/mar.yml: not a content file the site reads',
  ],
  [
    'malformed YAML',
    edit(MAR_RESULTS, 'rows:\n', 'rows:\n  - id: [unclosed\n'),
    'src/content/results/mar.yaml: is not valid YAML',
  ],
  // Translations: they can never disagree with their English page.
  [
    'a translation that types a number of its own',
    edit(
      ZH_MAR,
      '## 问题与思路 {#the-problem-and-the-idea}\n',
      '## 问题与思路 {#the-problem-and-the-idea}\n\nFID 为 8765.4321。\n',
    ),
    'src/content/translations/zh/methods/mar.md: holds numbers its English source (src/content/methods/mar.mdx) does not: 8765, 4321',
  ],
  [
    'a translated heading without the English id',
    edit(ZH_MAR, '## 问题与思路 {#the-problem-and-the-idea}', '## 问题与思路'),
    /src\/content\/translations\/zh\/methods\/mar\.md: line \d+: the heading must end with the English heading's id/,
  ],
  [
    'a translated heading with an id the English page lacks',
    edit(ZH_MAR, '{#the-problem-and-the-idea}', '{#the-problem}'),
    /src\/content\/translations\/zh\/methods\/mar\.md: line \d+: heading id "the-problem" is not a heading of src\/content\/methods\/mar\.mdx/,
  ],
  [
    'a translation that uses a rendering the glossary rejects (outside its aliases)',
    edit(ZH_MAR, '与向量量化（vector quantization, VQ）分词器', '与矢量量化（vector quantization, VQ）分词器'),
    /src\/content\/translations\/zh\/methods\/mar\.md:\d+: uses "矢量量化"; the glossary \(src\/i18n\/zh-glossary\.ts\) writes "向量量化（VQ）"/,
  ],
  [
    "a translated note of a result row with a number the row's English note lacks",
    edit(ZH_MAR, 'README 用 CFG 2.9（线性调度）', 'README 用 CFG 2.7（线性调度）'),
    "src/content/translations/zh/methods/mar.md: notes.mar-b-cfg-mar holds numbers the row's English note does not: 7",
  ],
  [
    'a Chinese idea on a second page',
    edit('src/content/translations/zh/methods/var.md', 'introduced: ["下一尺度预测"', 'introduced: ["扩散损失"'),
    'src/content/translations/zh/methods/var.md: introduced.0 "扩散损失" is already introduced by src/content/translations/zh/methods/mar.md',
  ],
  [
    'a translated term with an anchor the English page lacks',
    edit(ZH_METRICS, 'anchor: "fid"', 'anchor: "fid-score"'),
    'src/content/translations/zh/concepts/metrics.md: terms.0.anchor "fid-score" is not a term of src/content/concepts/metrics.mdx',
  ],
  [
    'a translation of a page that does not exist',
    (dir) => cpSync(join(dir, ZH_MAR), join(dir, 'src/content/translations/zh/methods/ghost.md')),
    'src/content/translations/zh/methods/ghost.md: source must be the English page of the same slug, "src/content/methods/ghost.mdx"',
  ],
  [
    'a heading of a translated introduction without its language prefix',
    edit(
      'src/content/translations/zh/pages/contribute.md',
      '{#zh-add-or-update-a-translation}',
      '{#add-or-update-a-translation}',
    ),
    'src/content/translations/zh/pages/contribute.md: line 9: heading id "add-or-update-a-translation" is not a heading of CONTRIBUTING.md',
  ],
  [
    'a translation without a title',
    edit(ZH_MAR, /^title: .*\n/m, ''),
    'src/content/translations/zh/methods/mar.md: title is required (text)',
  ],
];

/** Cases that only a real build can decide: the MDX compiler and the math renderer. */
const BUILD_CASES: Array<[string, (dir: string) => void, string | RegExp]> = [
  [
    'malformed MDX',
    edit(MAR, '## The problem and the idea', '## The problem and the idea\n\n<div>unclosed'),
    /Expected a closing tag for `<div>`[\s\S]*src\/content\/methods\/mar\.mdx:\d+:\d+/,
  ],
  [
    'math that KaTeX cannot parse',
    edit(MAR, '## The problem and the idea', '## The problem and the idea\n\n$$\n\\frac{1}{\n$$'),
    /src\/content\/methods\/mar\.mdx:\d+: math that KaTeX cannot render: KaTeX parse error/,
  ],
];

describe('the content guard refuses bad content and names the file, the row and the field', () => {
  test.each(CASES)('%s', (_name, mutate, message) => {
    const errors = checkWith(mutate).join('\n');
    if (typeof message === 'string') expect(errors).toContain(message);
    else expect(errors).toMatch(message);
  });
});

// Each message names its own cause (the file, and the guard's, MDX's or KaTeX's words), so a copy that
// failed for another reason would not match it; that a copy of the site builds is shown by the
// contributor-path test (contributor-path.test.ts), which builds one with a new method.
describe.concurrent('the build stops on bad content', () => {
  const GUARD_CASE = CASES[1]; // a wrong type: the guard's message stops the real build
  test.each([GUARD_CASE, ...BUILD_CASES])('%s', { timeout: 180_000 }, async (_name, mutate, message) => {
    const { status, output } = await buildWith(mutate);
    expect(status, output.slice(-2000)).not.toBe(0);
    if (typeof message === 'string') expect(output).toContain(message);
    else expect(output).toMatch(message);
  });
});
