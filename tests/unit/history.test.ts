/** A content file's change history from git log (src/lib/history.ts). */
import { describe, expect, test } from 'vitest';
import { addedDate, mergeHistories, parseGitLog } from '../../src/lib/history';

describe('history', () => {
  const log =
    'b2\t2026-02-01T10:00:00+00:00\tFix FID of VAR-d30\nmalformed line\na1\t2026-01-05T09:00:00+01:00\tAdd VAR\n';
  test('parses git log lines, skipping malformed ones', () => {
    expect(parseGitLog(log.replace(/b2/, 'b2b2b2b').replace(/a1/, 'a1a1a1a'))).toEqual([
      { hash: 'b2b2b2b', date: '2026-02-01', subject: 'Fix FID of VAR-d30' },
      { hash: 'a1a1a1a', date: '2026-01-05', subject: 'Add VAR' },
    ]);
    expect(parseGitLog('')).toEqual([]);
  });
  test('merges histories of several files, newest first, each commit once; added is the oldest', () => {
    const a = [
      { hash: 'c', date: '2026-03-01', subject: 'x' },
      { hash: 'a', date: '2026-01-01', subject: 'add' },
    ];
    const b = [
      { hash: 'c', date: '2026-03-01', subject: 'x' },
      { hash: 'b', date: '2026-02-01', subject: 'y' },
    ];
    expect(mergeHistories(a, b).map((c) => c.hash)).toEqual(['c', 'b', 'a']);
    expect(addedDate(a)).toBe('2026-01-01');
    expect(addedDate([])).toBeUndefined();
  });
});
