/**
 * Whether a translation is outdated (its English file changed in git after its last commit), and translation ids (src/lib/translations.ts).
 */
import { describe, expect, test } from 'vitest';
import { parseTranslationId, translationStatus } from '../../src/lib/translations';

const change = (hash: string, date: string) => ({ hash, date, subject: 'x' });

describe('the outdated notice', () => {
  test("shows when the English file has commits after the translation's last one, with the newest date", () => {
    expect(
      translationStatus(
        [change('b', '2026-03-01'), change('a', '2026-01-01')],
        [change('d', '2026-05-02'), change('c', '2026-04-01')],
      ),
    ).toEqual({
      updated: '2026-03-01',
      outdated: { date: '2026-05-02', changes: 2 },
    });
  });
  test('does not show when the English file has not changed since, or without history', () => {
    expect(translationStatus([change('b', '2026-03-01')], [])).toEqual({ updated: '2026-03-01' });
    expect(translationStatus([], [change('d', '2026-05-02')])).toEqual({ updated: undefined });
  });
  test('a translation id names its language, kind and page', () => {
    expect(parseTranslationId('zh/methods/mar')).toEqual({ locale: 'zh', kind: 'methods', slug: 'mar' });
    expect(parseTranslationId('zh/blog/mar')).toBeUndefined();
    expect(parseTranslationId('zh/methods')).toBeUndefined();
  });
});
