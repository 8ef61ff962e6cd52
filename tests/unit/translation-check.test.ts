/** The translation guard's number rule (src/lib/translation-check.ts): 万 and 亿 forms of a source's own numbers, and months; facts a translation may give. */
import { describe, expect, test } from 'vitest';
import {
  checkTranslations,
  chineseMonthDigits,
  chineseScaledDigits,
  quantitiesIn,
  type SourceFile,
} from '../../src/lib/translation-check';
import { translationSchema } from '../../src/schemas/translation';
import type { RawFile } from '../../src/lib/content-check';

describe('numbers written with 万 or 亿', () => {
  const english = quantitiesIn(
    'Scales a tokenizer to 3 billion parameters (2.9B), on 50,000 samples and 1.28M images.',
  );
  test('are the same numbers when the English states that quantity', () => {
    expect([...chineseScaledDigits('扩展到 30 亿参数，评测 5 万张，128 万张图像', english)].sort()).toEqual([
      '128',
      '30',
      '5',
    ]);
    expect([...chineseScaledDigits('29 亿参数', english)]).toEqual(['29']);
  });
  test('are refused as new numbers when the English does not state it', () => {
    expect([...chineseScaledDigits('扩展到 7 亿参数', english)]).toEqual([]);
  });
});

describe('a month written as a number', () => {
  const english =
    'Listings gave 30 May 2021, which does not fit an identifier assigned in June 2021; MAR 3.0 is no month.';
  test('is the same date when the English names that month', () => {
    expect(
      [...chineseMonthDigits('论文列表网站给出 2021 年 5 月 30 日，编号于 2021 年 6 月分配', english)].sort(),
    ).toEqual(['5', '6']);
  });
  test('is refused when the English names no such month', () => {
    expect([...chineseMonthDigits('2021 年 3 月', english)]).toEqual([]);
  });
});

describe("a translation's facts", () => {
  const english = (data: object): SourceFile => ({
    path: 'src/content/methods/fake.mdx',
    text: '---\ntitle: Fake\n---\nA paragraph on NeurIPS 2024.\n',
    data: { title: 'Fake', ...data },
    body: '\n\n\nA paragraph on NeurIPS 2024.\n',
  });
  const file = (data: object): RawFile => ({
    path: 'src/content/translations/zh/methods/fake.md',
    slug: 'fake',
    data: { source: 'src/content/methods/fake.mdx', title: '假方法', summary: '一句足够长的中文摘要。', ...data },
    body: '',
  });
  const check = (en: SourceFile, f: RawFile) => checkTranslations([f], new Map([[en.path, en]]), translationSchema);
  test('translate facts the English page states', () => {
    const en = english({
      tokenizer: { kind: 'discrete', name: 'VQGAN-style tokenizer' },
      paper: { venue: 'NeurIPS 2024' },
    });
    expect(check(en, file({ tokenizer_name: 'VQGAN 式分词器', venue: 'NeurIPS 2024' }))).toEqual([]);
  });
  test('never add one the English page lacks', () => {
    expect(
      check(english({ tokenizer: { kind: 'none' } }), file({ tokenizer_name: '分词器', v1_source: '来源' })),
    ).toEqual([
      "src/content/translations/zh/methods/fake.md: tokenizer_name translates the English page's tokenizer.name, and src/content/methods/fake.mdx has none",
      "src/content/translations/zh/methods/fake.md: v1_source translates the English page's paper.v1_source, and src/content/methods/fake.mdx has none",
    ]);
  });
});

describe("a translation's introduced ideas", () => {
  const english = (slug: string, introduced?: string[]): SourceFile => ({
    path: `src/content/methods/${slug}.mdx`,
    text: `---\ntitle: ${slug}\n---\nA paragraph.\n`,
    data: { title: slug, ...(introduced ? { introduced } : {}) },
    body: '\n\n\nA paragraph.\n',
  });
  const file = (slug: string, introduced: string[]): RawFile => ({
    path: `src/content/translations/zh/methods/${slug}.md`,
    slug,
    data: { source: `src/content/methods/${slug}.mdx`, title: '假方法', summary: '一句足够长的中文摘要。', introduced },
    body: '',
  });
  const check = (sources: SourceFile[], files: RawFile[]) =>
    checkTranslations(files, new Map(sources.map((s) => [s.path, s])), translationSchema);
  test('name, in Chinese, ideas the English page says it introduced', () => {
    expect(check([english('a', ['next-scale prediction'])], [file('a', ['下一尺度预测', '下一尺度'])])).toEqual([]);
  });
  test('are refused on a page that introduced none, and on a second page for the same idea', () => {
    expect(
      check(
        [english('a', ['next-scale prediction']), english('b', ['coarse-to-fine']), english('c')],
        [file('a', ['下一尺度预测']), file('b', ['下一尺度预测']), file('c', ['由粗到细'])],
      ),
    ).toEqual([
      'src/content/translations/zh/methods/b.md: introduced.0 "下一尺度预测" is already introduced by src/content/translations/zh/methods/a.md; an idea has one originator in each language',
      "src/content/translations/zh/methods/c.md: introduced translates the English page's introduced, and src/content/methods/c.mdx lists no idea",
    ]);
  });
});

describe("a translation's notes of result rows", () => {
  const english: SourceFile = {
    path: 'src/content/methods/fake.mdx',
    text: '---\ntitle: Fake\n---\nA paragraph.\n',
    data: { title: 'Fake' },
    body: '\n\n\nA paragraph.\n',
    notes: {
      file: 'src/content/results/fake.yaml',
      byRow: new Map([['fake-b', 'The README evaluates this checkpoint with CFG 2.9 (weights of 15 Aug 2024).']]),
    },
  };
  const file = (notes: Record<string, string>): RawFile => ({
    path: 'src/content/translations/zh/methods/fake.md',
    slug: 'fake',
    data: { source: 'src/content/methods/fake.mdx', title: '假方法', summary: '一句足够长的中文摘要。', notes },
    body: '',
  });
  const check = (f: RawFile) => checkTranslations([f], new Map([[english.path, english]]), translationSchema);
  test("keep the row's English numbers, with its dates in Chinese", () => {
    expect(check(file({ 'fake-b': 'README 用 CFG 2.9 评测该检查点（2024 年 8 月 15 日的权重）。' }))).toEqual([]);
  });
  test('are refused for a row without an English note, or with a number of their own', () => {
    expect(check(file({ 'fake-b': 'README 用 CFG 2.7 评测该检查点。', 'fake-l': '另一行。' }))).toEqual([
      "src/content/translations/zh/methods/fake.md: notes.fake-b holds numbers the row's English note does not: 7; numbers come from the English, never typed anew",
      'src/content/translations/zh/methods/fake.md: notes.fake-l translates the note of a row, and src/content/results/fake.yaml has no row "fake-l" with a note',
    ]);
  });
});
