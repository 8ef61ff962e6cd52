import { describe, expect, test } from 'vitest';
import { addedDate, mergeHistories, parseGitLog } from '../../src/lib/history';
import { escapeXml, toRss } from '../../src/lib/rss';
import { editUrl, reportUrl } from '../../src/lib/repo-links';
import { byDateAdded } from '../../src/lib/methods';

describe('history', () => {
  const log = 'b2\t2026-02-01T10:00:00+00:00\tFix FID of VAR-d30\nmalformed line\na1\t2026-01-05T09:00:00+01:00\tAdd VAR\n';
  test('parses git log lines, skipping malformed ones', () => {
    expect(parseGitLog(log.replace(/b2/, 'b2b2b2b').replace(/a1/, 'a1a1a1a'))).toEqual([
      { hash: 'b2b2b2b', date: '2026-02-01', subject: 'Fix FID of VAR-d30' },
      { hash: 'a1a1a1a', date: '2026-01-05', subject: 'Add VAR' },
    ]);
    expect(parseGitLog('')).toEqual([]);
  });
  test('merges histories of several files, newest first, each commit once; added is the oldest', () => {
    const a = [{ hash: 'c', date: '2026-03-01', subject: 'x' }, { hash: 'a', date: '2026-01-01', subject: 'add' }];
    const b = [{ hash: 'c', date: '2026-03-01', subject: 'x' }, { hash: 'b', date: '2026-02-01', subject: 'y' }];
    expect(mergeHistories(a, b).map((c) => c.hash)).toEqual(['c', 'b', 'a']);
    expect(addedDate(a)).toBe('2026-01-01');
    expect(addedDate([])).toBeUndefined();
  });
  test('newest added first, paper date when no history', () => {
    const order = byDateAdded([
      { slug: 'old', added: '2026-01-01', v1: '2024-01-01' },
      { slug: 'new', added: '2026-03-01', v1: '2020-01-01' },
      { slug: 'nohist', v1: '2026-02-01' },
    ]);
    expect(order.map((o) => o.slug)).toEqual(['new', 'nohist', 'old']);
  });
});

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

describe('repository links', () => {
  test('edit and prefilled report links', () => {
    expect(editUrl('https://github.com/o/r', 'src/content/methods/var.mdx')).toBe('https://github.com/o/r/edit/main/src/content/methods/var.mdx');
    const u = new URL(reportUrl('https://github.com/o/r', { page: '/methods/var/', row: 'var-d30', model: 'VAR-d30', shown: 'FID 1.97' }));
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
