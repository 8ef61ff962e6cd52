/**
 * Reads content files' history from git at build time. Without git, or in a shallow clone where
 * the history would be incomplete and misleading, it reports that no history is available.
 */
import { execFileSync } from 'node:child_process';
import { parseGitLog, type Change } from '../lib/history';

let available: boolean | undefined;
const cache = new Map<string, Change[]>();

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Whether full history is present (a git work tree that is not a shallow clone). */
export function historyAvailable(): boolean {
  available ??= git(['rev-parse', '--is-shallow-repository'])?.trim() === 'false';
  return available;
}

/** The commits that touched `path`, newest first; empty without history. */
export function fileHistory(path: string): Change[] {
  if (!historyAvailable()) return [];
  let changes = cache.get(path);
  if (!changes) {
    changes = parseGitLog(git(['log', '--follow', '--format=%H%x09%aI%x09%s', '--', path]) ?? '');
    cache.set(path, changes);
  }
  return changes;
}

/**
 * The commits that changed `path` after `since` (a commit), newest first: the English file's
 * changes that a translation last updated at `since` has not seen. Empty without history.
 */
export function changesSince(path: string, since: string): Change[] {
  if (!historyAvailable()) return [];
  return parseGitLog(git(['log', '--format=%H%x09%aI%x09%s', `${since}..HEAD`, '--', path]) ?? '');
}
