// One timed `astro build` of a folder: wall time, the search indexer's share (read from the
// build's own log line), peak memory (GNU time's maximum resident set) and the page count.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind's time in ms from the site's own integration ("indexed 2411 pages and 8042 records (...) in 9083 ms"). */
const sitePagefindMs = (out) => Number(out.match(/indexed \d+ pages[^\n]*? in (\d+) ms/)?.[1] ?? NaN);

/**
 * Builds `dir` from scratch (--force: no content cache) with the Astro of its own node_modules (the site's
 * for a copy of the site, the benchmark's for the Starlight copy); `pagefindMs(output)` reads the
 * indexer's time from the log.
 */
export function timedBuild(dir, pagefindMs = sitePagefindMs) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'MAXRSS_KB=%M', process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 30, // the build of a thousand pages prints more than spawnSync's default 1 MB
      // A thousand MDX pages need more than Node's default heap.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=8192' },
    },
  );
  const totalMs = performance.now() - t0;
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) {
    const lines = out.split('\n').filter((l) => l.trim() && !/WARN|─|│|╭|╰|Help|^\s*\d+ │/.test(l));
    throw new Error(`build failed (status ${r.status}, signal ${r.signal}) in ${dir}:\n${lines.slice(-25).join('\n')}`);
  }
  const pagefind = pagefindMs(out);
  return {
    totalMs,
    astroMs: totalMs - pagefind,
    pagefindMs: pagefind,
    peakMB: Number(out.match(/MAXRSS_KB=(\d+)/)?.[1] ?? NaN) / 1024,
    pages: Number(out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN),
  };
}
