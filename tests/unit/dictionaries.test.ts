/**
 * The editions' dictionaries of interface strings (src/i18n/en.ts, zh.ts): no key is missing in either language,
 * no string is empty, a template takes the same arguments in both.
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { DICTIONARIES } from '../../src/i18n/dictionaries';
import { LOCALES } from '../../src/i18n/locales';

/** Every leaf of a dictionary as [dotted key, value]. */
function leaves(o: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe('dictionaries', () => {
  const keys = (d: object) =>
    leaves(d)
      .map(([k]) => k)
      .sort();
  test('every language has exactly the English keys', () => {
    for (const l of LOCALES) {
      const missing = keys(en).filter((k) => !keys(DICTIONARIES[l]).includes(k));
      const extra = keys(DICTIONARIES[l]).filter((k) => !keys(en).includes(k));
      expect({ locale: l, missing, extra }).toEqual({ locale: l, missing: [], extra: [] });
    }
  });
  test('no string is empty (but the parts around a link and the space after a mark, which a language may not need), and a template takes the same arguments in every language', () => {
    const zhLeaves = new Map(leaves(zh));
    const part = /\.(before|middle|after)$|^punct\.space$/;
    for (const [k, v] of leaves(en)) {
      const other = zhLeaves.get(k);
      expect(typeof other, k).toBe(typeof v);
      if (typeof v === 'string' && !part.test(k))
        expect([k, v.trim().length > 0 && (other as string).trim().length > 0]).toEqual([k, true]);
      if (typeof v === 'function')
        expect([k, (other as (...a: unknown[]) => unknown).length]).toEqual([
          k,
          (v as (...a: unknown[]) => unknown).length,
        ]);
    }
  });
  test('the Chinese interface is in Chinese: every navigation label and page title holds Chinese characters', () => {
    const han = /\p{Script=Han}/u;
    for (const [k, v] of leaves({
      nav: zh.nav,
      titles: [
        zh.methods.title,
        zh.compare.title,
        zh.timeline.title,
        zh.concepts.title,
        zh.contribute.title,
        zh.notFound.title,
      ],
    }))
      expect([k, han.test(String(v))]).toEqual([k, true]);
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
