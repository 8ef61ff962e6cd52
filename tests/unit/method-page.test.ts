import { describe, expect, test } from 'vitest';
import { methodPage } from '../../src/lib/method-page';
import type { Method, ResultRow } from '../../src/lib/types';
import { readMethods, readResults } from '../content';

describe('methodPage', () => {
  const methods = readMethods();
  const rows = readResults();
  const input = {
    methods,
    rows,
    concepts: [],
    history: { changes: [], available: false },
    page: '/methods/x/',
    repoUrl: 'https://example.org/r',
  };

  test('a core page gets its generation order; a surveyed page does not', () => {
    const core = methods.find((m) => m.data.role === 'core' && m.data.family === 'next-scale') as Method;
    const surveyed = methods.find((m) => m.data.role === 'surveyed') as Method;
    expect(methodPage(core, input).order).toBe('next-scale');
    expect(methodPage(surveyed, input).order).toBeUndefined();
  });
  test("rows are the method's own, names and links resolved, report links carry the row", () => {
    const m = methods.find((x) => x.data.generator) as Method;
    const view = methodPage(m, input);
    expect(view.tables.flatMap((t) => t.rows).length).toBe(rows.filter((r: ResultRow) => r.method === m.slug).length);
    expect(view.generator?.name).toBe(methods.find((x) => x.slug === m.data.generator)?.data.short_name);
    expect(view.editUrl).toBe(`https://example.org/r/edit/main/src/content/methods/${m.slug}.mdx`);
    expect(view.reportRow('row-1', 'M-1', 'FID 2')).toContain('row=row-1');
    expect(view.bibtex).toContain(`eprint = {${m.data.paper.arxiv}}`);
  });
});
