/** What a component gets for its edition (src/i18n/index.ts): words, links, the English-content mark, and filled templates. */
import { describe, expect, test } from 'vitest';
import { fill, useLocale } from '../../src/i18n';

describe('useLocale and fill', () => {
  test('links stay in the edition, and English content is marked only outside the English edition', () => {
    const zh = useLocale('zh');
    expect([zh.lang, zh.methodHref('var'), zh.href('/data/results.csv'), zh.englishLang]).toEqual([
      'zh-Hans',
      '/zh/methods/var/',
      '/data/results.csv',
      'en',
    ]);
    const en = useLocale(undefined);
    expect([en.lang, en.methodHref('var'), en.englishLang]).toEqual(['en', '/methods/var/', undefined]);
  });
  test('a template renders as the browser script will update it', () => {
    expect(fill(useLocale('en').t.filters.statusRows, { shown: 3, total: 501 })).toBe('Showing 3 of 501 rows.');
    expect(fill(useLocale('zh').t.filters.statusModels, { shown: 100, total: 172 })).toBe(
      '显示 172 个模型中的 100 个。',
    );
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
