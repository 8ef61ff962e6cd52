/**
 * A page's editions: the same page in each language, for hreflang and the language switch (src/lib/editions.ts).
 */
import { describe, expect, test } from 'vitest';
import { editions, otherEdition } from '../../src/lib/editions';

describe('editions', () => {
  test("a page's editions are the same page in each language, under the base", () => {
    expect(editions('/zh/leaderboard/512/', '/survey/').map((e) => [e.lang, e.href])).toEqual([
      ['en', '/survey/leaderboard/512/'],
      ['zh-Hans', '/survey/zh/leaderboard/512/'],
    ]);
    expect(otherEdition('/methods/var/', 'en', '/').href).toBe('/zh/methods/var/');
    expect(otherEdition('/zh/', 'zh', '/').href).toBe('/');
  });
});
