/**
 * Builds a copy of the site in a temporary folder, after a change to its sources, with the real
 * `astro build`; the tests in this folder use it to check what the build accepts and produces. The
 * build runs as a child process, so that several copies build at once; `checkWith` runs the build's
 * content guard alone on a copy of the content, for the cases the guard decides.
 */
import { checkContentDir } from '../../src/integrations/content-guard';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * The environment of a real build: this process's, less what Vitest sets for its own modules (NODE_ENV=test,
 * MODE, DEV, PROD, SSR, BASE_URL, VITEST*), which a child `astro build` would otherwise read as its own.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(?:VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)),
  );
}

/**
 * Builds a copy of the site after `mutate`; if the build passed, `inspect` may look at the copy (and its
 * dist) before it is removed; `env` adds to the build's environment (BASE_PATH). Returns the exit status
 * and everything printed. The build runs with CI set, as in CI, so that placeholders left by `npm run new`
 * are errors.
 */
export async function buildWith(
  mutate: (dir: string) => void,
  inspect?: (dir: string) => void,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'survey-bad-'));
  try {
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'CONTRIBUTING.md'])
      cpSync(join(ROOT, f), join(dir, f));
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    mutate(dir);
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: {
        ...buildEnvironment(),
        CI: 'true',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      timeout: 120_000,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    // Only a build that passed is inspected: a failed one is reported by its status and output.
    if (status === 0) inspect?.(dir);
    return { status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The build's content guard (the same function the build calls before it renders anything) on a
 * copy of the content after `mutate`, with placeholders strict as under CI: the problems it lists.
 */
export function checkWith(mutate: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'survey-guard-'));
  try {
    cpSync(join(ROOT, 'src/content'), join(dir, 'src/content'), { recursive: true });
    // A translation may name a file outside src/content (the contribute page's CONTRIBUTING.md).
    cpSync(join(ROOT, 'CONTRIBUTING.md'), join(dir, 'CONTRIBUTING.md'));
    mutate(dir);
    return checkContentDir(dir, { strictPlaceholders: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
