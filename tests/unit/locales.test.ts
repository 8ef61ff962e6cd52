/**
 * The editions' paths: English at the root, Chinese under /zh/ (src/i18n/locales.ts).
 */
import { describe, expect, test } from 'vitest';
import { localeOfParam, localeOfPath, localeParams, localePath, stripLocale, toLocale } from '../../src/i18n/locales';

describe('locales', () => {
  test('English is at the root, Chinese under /zh/; data files and the feed exist once', () => {
    expect(localeParams()).toEqual([{ locale: undefined }, { locale: 'zh' }]);
    expect(localePath('/methods/mar/', 'zh')).toBe('/zh/methods/mar/');
    expect(localePath('/compare/?family=next-scale#row-x', 'zh')).toBe('/zh/compare/?family=next-scale#row-x');
    expect(localePath('/methods/mar/', 'en')).toBe('/methods/mar/');
    for (const p of ['/data/results.csv', '/rss.xml', '/_astro/search.B4x2kQ9z.js', '/pagefind/pagefind.js'])
      expect(localePath(p, 'zh')).toBe(p);
    expect(stripLocale('/zh/methods/mar/')).toBe('/methods/mar/');
    expect(stripLocale('/zh/')).toBe('/');
    expect(stripLocale('/methods/zh/')).toBe('/methods/zh/');
    expect(localeOfPath('/zh/timeline/')).toBe('zh');
    expect(localeOfPath('/zhong/')).toBe('en');
    expect(localeOfParam('zh')).toBe('zh');
    expect(localeOfParam(undefined)).toBe('en');
    expect(toLocale('fr')).toBe('en');
  });
});
