/**
 * Builds a copy of the site in a temporary folder, after a change to its sources, with the real
 * `astro build`; the tests in this folder use it to check what the build accepts and produces.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Builds a copy of the site after `mutate`; `inspect` may look at the copy (and its dist) before it is
 * removed. Returns the exit status and everything printed. The build runs with CI set, as in CI, so that
 * placeholders left by `npm run new` are errors.
 */
export function buildWith(mutate: (dir: string) => void, inspect?: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'survey-bad-'));
  try {
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'CONTRIBUTING.md']) cpSync(join(ROOT, f), join(dir, f));
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    mutate(dir);
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    inspect?.(dir);
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

