/**
 * A content file's change history, parsed from `git log` output. Pure: `src/data/git-history.ts` runs git.
 */

export interface Change {
  /** Commit date, YYYY-MM-DD. */
  date: string;
  subject: string;
  hash: string;
}

/** Parses lines of `git log --format=%H%x09%aI%x09%s`, newest first; malformed lines are skipped. */
export function parseGitLog(out: string): Change[] {
  return out
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((p) => p.length >= 3 && /^[0-9a-f]{7,40}$/.test(p[0]) && /^\d{4}-\d{2}-\d{2}/.test(p[1]))
    .map(([hash, date, ...subject]) => ({ hash, date: date.slice(0, 10), subject: subject.join('\t') }));
}

/** Changes of several files merged into one list, newest first, each commit once. */
export function mergeHistories(...lists: Change[][]): Change[] {
  const seen = new Map<string, Change>();
  for (const c of lists.flat()) if (!seen.has(c.hash)) seen.set(c.hash, c);
  return [...seen.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** The date a file was added: its oldest commit, or undefined without history. */
export const addedDate = (changes: readonly Change[]): string | undefined => changes.at(-1)?.date;
