/**
 * The editions' dictionaries and vocabulary labels: no key is missing in either language, no string
 * is empty, a template takes the same arguments in both; and the locale helpers that route pages and
 * links between editions.
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { DICTIONARIES } from '../../src/i18n/dictionaries';
import { vocabLabels } from '../../src/i18n/vocab-labels';
import { LOCALES, localeOfParam, localeOfPath, localeParams, localePath, stripLocale, toLocale } from '../../src/i18n/locales';
import { editions, otherEdition } from '../../src/lib/editions';
import * as V from '../../src/lib/vocab';

/** Every leaf of a dictionary as [dotted key, value]. */
function leaves(o: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}

describe('dictionaries', () => {
  const keys = (d: object) => leaves(d).map(([k]) => k).sort();
  test('every language has exactly the English keys', () => {
    for (const l of LOCALES) {
      const missing = keys(en).filter((k) => !keys(DICTIONARIES[l]).includes(k));
      const extra = keys(DICTIONARIES[l]).filter((k) => !keys(en).includes(k));
      expect({ locale: l, missing, extra }).toEqual({ locale: l, missing: [], extra: [] });
    }
  });
  test('no string is empty (but the parts around a link a language does not need), and a template takes the same arguments in every language', () => {
    const zhLeaves = new Map(leaves(zh));
    const part = /\.(before|middle|after)$/;
    for (const [k, v] of leaves(en)) {
      const other = zhLeaves.get(k);
      expect(typeof other, k).toBe(typeof v);
      if (typeof v === 'string' && !part.test(k)) expect([k, v.trim().length > 0 && (other as string).trim().length > 0]).toEqual([k, true]);
      if (typeof v === 'function') expect([k, (other as (...a: unknown[]) => unknown).length]).toEqual([k, (v as (...a: unknown[]) => unknown).length]);
    }
  });
  test('the Chinese interface is in Chinese: every navigation label and page title holds Chinese characters', () => {
    const han = /\p{Script=Han}/u;
    for (const [k, v] of leaves({ nav: zh.nav, titles: [zh.methods.title, zh.compare.title, zh.timeline.title, zh.concepts.title, zh.contribute.title, zh.notFound.title] })) expect([k, han.test(String(v))]).toEqual([k, true]);
  });
  test('placeholders the browser scripts fill are in both languages', () => {
    for (const d of [en, zh]) {
      expect(d.filters.statusRows).toMatch(/\{shown\}[\s\S]*\{total\}|\{total\}[\s\S]*\{shown\}/);
      expect(d.timeline.status).toContain('{shown}');
      expect(d.order.counter).toContain('{step}');
      expect(d.search.countMany).toContain('{n}');
      expect(d.search.countQuery).toContain('{q}');
    }
  });
});

describe('vocabulary labels', () => {
  const lists: Array<[keyof ReturnType<typeof vocabLabels>, readonly string[]]> = [
    ['role', V.ROLES],
    ['contribution', V.CONTRIBUTIONS],
    ['head', V.HEADS],
    ['release', V.RELEASES],
    ['family', V.FAMILIES],
    ['familyDescription', V.FAMILIES],
    ['backbone', V.BACKBONES],
    ['tokenizer', V.TOKENIZER_KINDS],
  ];
  test('every value of every list has a label in every language', () => {
    for (const l of LOCALES)
      for (const [name, values] of lists) {
        const labels = vocabLabels(l)[name] as Record<string, string>;
        expect([l, name, values.filter((v) => !labels[v]?.trim())]).toEqual([l, name, []]);
        expect([l, name, Object.keys(labels).filter((k) => !values.includes(k))]).toEqual([l, name, []]);
      }
  });
});

describe('locales and editions', () => {
  test('English is at the root, Chinese under /zh/; data files and the feed exist once', () => {
    expect(localeParams()).toEqual([{ locale: undefined }, { locale: 'zh' }]);
    expect(localePath('/methods/mar/', 'zh')).toBe('/zh/methods/mar/');
    expect(localePath('/compare/?family=next-scale#row-x', 'zh')).toBe('/zh/compare/?family=next-scale#row-x');
    expect(localePath('/methods/mar/', 'en')).toBe('/methods/mar/');
    for (const p of ['/data/results.csv', '/rss.xml', '/scripts/search.js', '/pagefind/pagefind.js']) expect(localePath(p, 'zh')).toBe(p);
    expect(stripLocale('/zh/methods/mar/')).toBe('/methods/mar/');
    expect(stripLocale('/zh/')).toBe('/');
    expect(stripLocale('/methods/zh/')).toBe('/methods/zh/');
    expect(localeOfPath('/zh/timeline/')).toBe('zh');
    expect(localeOfPath('/zhong/')).toBe('en');
    expect(localeOfParam('zh')).toBe('zh');
    expect(localeOfParam(undefined)).toBe('en');
    expect(toLocale('fr')).toBe('en');
  });
  test("a page's editions are the same page in each language, under the base", () => {
    expect(editions('/zh/leaderboard/512/', '/survey/').map((e) => [e.lang, e.href])).toEqual([
      ['en', '/survey/leaderboard/512/'],
      ['zh-Hans', '/survey/zh/leaderboard/512/'],
    ]);
    expect(otherEdition('/methods/var/', 'en', '/').href).toBe('/zh/methods/var/');
    expect(otherEdition('/zh/', 'zh', '/').href).toBe('/');
  });
});
