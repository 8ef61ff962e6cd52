/** Edit and report links to the repository (src/lib/repo-links.ts). */
import { describe, expect, test } from 'vitest';
import { editUrl, reportUrl } from '../../src/lib/repo-links';

describe('repository links', () => {
  test('edit and prefilled report links', () => {
    expect(editUrl('https://github.com/o/r', 'src/content/methods/var.mdx')).toBe(
      'https://github.com/o/r/edit/main/src/content/methods/var.mdx',
    );
    const u = new URL(
      reportUrl('https://github.com/o/r', {
        page: '/methods/var/',
        row: 'var-d30',
        model: 'VAR-d30',
        shown: 'FID 1.97',
      }),
    );
    expect(u.pathname).toBe('/o/r/issues/new');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      template: 'report-wrong-number.yml',
      title: 'Wrong number: VAR-d30',
      page: '/methods/var/',
      row: 'var-d30',
      model: 'VAR-d30',
      shown: 'FID 1.97',
    });
  });
});
