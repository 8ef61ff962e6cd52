import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkNewMethod, methodStub, resultsStub } from '../../scripts/lib/new-method';
import { methodSchema, resultsFileSchema } from '../../src/content.config';
import { frontmatterOf } from '../../src/lib/content-file';

const input = { slug: 'my-method', title: 'A Paper: With a Colon', arxiv: '2501.01234', today: '2025-02-03' };

describe('npm run new', () => {
  test('the stubs it writes pass the schemas as they are', () => {
    expect(methodSchema.safeParse(parse(frontmatterOf(methodStub(input))!)).success).toBe(true);
    expect(resultsFileSchema.parse(parse(resultsStub('my-method')))).toEqual({ method: 'my-method', rows: [] });
  });
  test('refuses an existing slug, a malformed slug or arXiv id, and an empty title, saying why', () => {
    expect(checkNewMethod(input, ['mar'])).toEqual([]);
    expect(checkNewMethod({ ...input, slug: 'mar' }, ['mar'])).toEqual([
      'slug "mar" is taken: src/content/methods/mar.mdx exists',
    ]);
    expect(checkNewMethod({ ...input, slug: 'My Method' }, [])[0]).toMatch(/lower-case words joined by hyphens/);
    for (const bad of ['2406.1183', 'arXiv:2406.11838', '2406.11838v2', '1234.5678'])
      expect(checkNewMethod({ ...input, arxiv: bad }, []), bad).toEqual([
        `arXiv id "${bad}" must look like 2406.11838 (no "arXiv:" prefix, no version)`,
      ]);
    expect(checkNewMethod({ ...input, title: ' ' }, [])).toHaveLength(1);
  });
  test('old four-digit arXiv ids stay valid', () => {
    expect(checkNewMethod({ ...input, arxiv: '1406.2661' }, [])).toEqual([]);
  });
});
