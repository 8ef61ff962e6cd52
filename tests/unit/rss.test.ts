/** The feed's items (src/lib/rss.ts; @astrojs/rss writes the document). */
import { describe, expect, test } from 'vitest';
import { feedItems } from '../../src/lib/rss';

describe('feed items', () => {
  test('one per method with its page, title and summary, dated by when it was added or else by its paper', () => {
    const items = feedItems(
      [
        {
          slug: 'new',
          name: 'NEW',
          title: 'A <new> method',
          summary: 'Uses "quotes".',
          added: '2026-01-05',
          v1: '2025-01-01',
        },
        { slug: 'old', name: 'OLD', title: 'Old', summary: 'Old method.', v1: '2024-06-17' },
      ],
      (slug) => `https://x/methods/${slug}/`,
    );
    expect(items.map((i) => [i.title, i.link, i.pubDate.toUTCString(), i.description])).toEqual([
      ['A <new> method', 'https://x/methods/new/', 'Mon, 05 Jan 2026 00:00:00 GMT', 'Uses "quotes".'],
      ['Old', 'https://x/methods/old/', 'Mon, 17 Jun 2024 00:00:00 GMT', 'Old method.'],
    ]);
  });
});
