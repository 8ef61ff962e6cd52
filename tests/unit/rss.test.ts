/** The RSS feed (src/lib/rss.ts). */
import { describe, expect, test } from 'vitest';
import { escapeXml, toRss } from '../../src/lib/rss';

describe('RSS', () => {
  test('escapes XML and dates items in RFC 822', () => {
    const xml = toRss({ title: 'S & T', url: 'https://x/', description: 'd' }, [
      { title: 'A <b>', url: 'https://x/methods/a/', date: '2026-01-05', description: 'uses "quotes"' },
    ]);
    expect(xml).toContain('<title>S &amp; T</title>');
    expect(xml).toContain('<title>A &lt;b&gt;</title>');
    expect(xml).toContain('<pubDate>Mon, 05 Jan 2026 00:00:00 GMT</pubDate>');
    expect(escapeXml(`'`)).toBe('&apos;');
  });
});
