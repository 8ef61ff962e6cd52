/**
 * Content links under the base, and in a translation, to its own edition (src/markdown/rehype-base-links.ts).
 */
import { describe, expect, test } from 'vitest';
import rehypeBaseLinks, { localeOfFile } from '../../src/markdown/rehype-base-links';

describe('content links', () => {
  test("internal links stay in the translation's edition; data files and English pages' links do not move", () => {
    const tree = () => ({
      type: 'root',
      children: [
        '/methods/llamagen/',
        '/concepts/metrics/#fid',
        '/data/results.csv',
        'https://arxiv.org/abs/2406.11838',
      ].map((href) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] })),
    });
    const hrefs = (t: ReturnType<typeof tree>) => t.children.map((a) => a.properties.href);
    const zh = tree();
    rehypeBaseLinks({ base: '/survey/' })(zh, { path: '/repo/src/content/translations/zh/methods/mar.md' });
    expect(hrefs(zh)).toEqual([
      '/survey/zh/methods/llamagen/',
      '/survey/zh/concepts/metrics/#fid',
      '/survey/data/results.csv',
      'https://arxiv.org/abs/2406.11838',
    ]);
    const english = tree();
    rehypeBaseLinks({ base: '/' })(english, { path: '/repo/src/content/methods/mar.mdx' });
    expect(hrefs(english)).toEqual([
      '/methods/llamagen/',
      '/concepts/metrics/#fid',
      '/data/results.csv',
      'https://arxiv.org/abs/2406.11838',
    ]);
    expect(localeOfFile(undefined)).toBe('en');
  });
});
