/**
 * Reads every results file's versions from git at build time (one `git log`, one `git cat-file`)
 * and finds where a row's number or source changed (src/lib/row-history.ts). Without full history
 * (no git, a shallow clone) there is none, as for the pages' history.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { historyAvailable } from './git-history';
import { parseGitLog } from '../lib/history';
import { rowChanges, type FileVersion, type RowChange } from '../lib/row-history';

const RESULTS = 'src/content/results';
const NO_BLOB = /^0+$/;
let cached: Map<string, RowChange[]> | undefined;

const git = (args: string[], cwd?: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });

/** The blobs' texts, read in one `git cat-file --batch`. */
function blobs(ids: readonly string[], cwd?: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const raw = Buffer.from(
    execFileSync('git', ['cat-file', '--batch'], { cwd, input: ids.join('\n') + '\n', maxBuffer: 1 << 28 }),
  );
  let at = 0;
  for (const id of ids) {
    const nl = raw.indexOf(10, at);
    const [, , size] = raw.subarray(at, nl).toString('utf8').split(' ');
    const n = Number(size);
    out.set(id, raw.subarray(nl + 1, nl + 1 + n).toString('utf8'));
    at = nl + 1 + n + 1;
  }
  return out;
}

const parsed = (text: string | undefined) => {
  if (text === undefined) return undefined;
  try {
    return parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** Every row's changes, by row id (cached for the build). */
export function allRowChanges(): Map<string, RowChange[]> {
  cached ??= historyAvailable() ? rowChangesIn() : new Map();
  return cached;
}

/** The row changes in the repository at `cwd` (the working directory by default). */
export function rowChangesIn(cwd?: string): Map<string, RowChange[]> {
  const log = git(['log', '--format=%x1e%H%x09%aI%x09%s', '--raw', '--no-abbrev', '--no-renames', '--', RESULTS], cwd);
  const pending: Array<{ commit: string; old: string; now: string }> = [];
  const changes = new Map<string, ReturnType<typeof parseGitLog>[number]>();
  for (const entry of log.split('\x1e').filter(Boolean)) {
    const [head, ...lines] = entry.split('\n');
    const [change] = parseGitLog(head);
    if (!change) continue;
    changes.set(change.hash, change);
    for (const line of lines) {
      const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) M\t/.exec(line);
      if (m && !NO_BLOB.test(m[1]) && !NO_BLOB.test(m[2])) pending.push({ commit: change.hash, old: m[1], now: m[2] });
    }
  }
  const text = blobs([...new Set(pending.flatMap((p) => [p.old, p.now]))], cwd);
  const versions: FileVersion[] = pending.map((p) => ({
    change: changes.get(p.commit)!,
    before: parsed(text.get(p.old)),
    after: parsed(text.get(p.now)),
  }));
  return rowChanges(versions);
}
