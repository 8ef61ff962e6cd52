/**
 * A page's title, summary, names and prose language in each edition (src/lib/localized.ts).
 */
import { describe, expect, test } from 'vitest';
import { localized, conceptTitleIn, withoutTitle } from '../../src/lib/localized';
import { translation } from './translation-fixture';

describe('a page in each edition', () => {
  const mar = {
    slug: 'mar',
    data: { title: 'MAR: English', summary: 'English summary.', aliases: ['diffusion loss'] },
  };
  test('English shows the English page', () => {
    expect(localized(mar, [translation('methods', 'mar')], 'en')).toEqual({
      title: 'MAR: English',
      summary: 'English summary.',
      aliases: ['diffusion loss'],
      foreign: false,
      translatedProse: false,
      facts: {},
      introduced: [],
    });
  });
  test("the ideas a page introduced: the translation's words first, the English ones kept for search", () => {
    const v = { slug: 'var', data: { ...mar.data, introduced: ['next-scale prediction'] } };
    const tr = translation('methods', 'var', { introduced: ['下一尺度预测'] });
    expect(localized(v, [tr], 'zh').introduced).toEqual(['下一尺度预测', 'next-scale prediction']);
    expect(localized(v, [tr], 'en').introduced).toEqual(['next-scale prediction']);
    expect(localized(v, [], 'zh').introduced).toEqual(['next-scale prediction']);
  });
  test("a translation's facts (tokenizer name, venue, where the date was read) replace the English ones on its edition only", () => {
    const tr = translation('methods', 'var', {
      tokenizer_name: '多尺度残差 VQ 分词器',
      venue: 'NeurIPS 2024（最佳论文）',
    });
    const v = { ...mar, slug: 'var' };
    expect(localized(v, [tr], 'zh').facts).toEqual({
      tokenizerName: '多尺度残差 VQ 分词器',
      venue: 'NeurIPS 2024（最佳论文）',
      v1Source: undefined,
    });
    expect(localized(v, [tr], 'en').facts).toEqual({});
    expect(localized(mar, [tr], 'zh').facts).toEqual({});
  });
  test('a translated page shows its translation, with the Chinese names first and the English ones kept for search', () => {
    const tr = translation('methods', 'mar', { title: 'MAR：中文', aliases: ['扩散损失'] });
    const page = localized(mar, [tr], 'zh');
    expect([page.title, page.aliases, page.translation?.id, page.proseLang, page.foreign]).toEqual([
      'MAR：中文',
      ['扩散损失', 'diffusion loss'],
      'zh/methods/mar',
      undefined,
      true,
    ]);
  });
  test('an untranslated page keeps its English title and marks its prose English', () => {
    const page = localized(mar, [translation('methods', 'var')], 'zh');
    expect([page.title, page.translation, page.proseLang, page.foreign]).toEqual([
      'MAR: English',
      undefined,
      'en',
      true,
    ]);
    expect(conceptTitleIn([translation('concepts', 'metrics', { title: '评测指标' })], 'metrics', 'Metrics')).toBe(
      '评测指标',
    );
    expect(conceptTitleIn([], 'metrics', 'Metrics')).toBe('Metrics');
  });
  test('a translation of the names only gives the Chinese title and summary above the English prose', () => {
    const tr = translation('methods', 'mar', { title: 'MAR：中文', summary: '中文摘要，足够长的一句话。' }, false);
    const page = localized(mar, [tr], 'zh');
    expect([page.title, page.summary, page.proseLang, page.translatedProse]).toEqual([
      'MAR：中文',
      '中文摘要，足够长的一句话。',
      'en',
      false,
    ]);
  });
  test('a guide shown below its translated title loses its own title only', () => {
    expect(withoutTitle('<h1 id="contributing">Contributing</h1>\n<p>Text</p><h1>Second</h1>')).toBe(
      '<p>Text</p><h1>Second</h1>',
    );
  });
});
