// The benchmark's own packages: Starlight (with the Astro and math packages its comparison build uses, at
// the site's versions), Lighthouse and chrome-launcher. They are declared in scripts/bench/package.json
// with their own lockfile and installed into scripts/bench/node_modules when a run needs them, so that
// the site's `npm install` and `npm ci` leave them out. Node resolves `import 'lighthouse'` from
// scripts/bench/*.mjs there first; the Starlight copy links that folder as its node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = import.meta.dirname;
export const BENCH_MODULES = join(BENCH_DIR, 'node_modules');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The packages scripts/bench/package.json declares, name → exact version. */
export const benchDependencies = () => readJson(join(BENCH_DIR, 'package.json')).dependencies;

/** The installed version of `name` in scripts/bench/node_modules, or undefined. */
export function installedVersion(name) {
  const file = join(BENCH_MODULES, name, 'package.json');
  return existsSync(file) ? readJson(file).version : undefined;
}

/** Where Node finds `name` from the benchmark's modules (scripts/bench/node_modules first), or undefined. */
export function resolvedPath(name) {
  try {
    return fileURLToPath(import.meta.resolve(name));
  } catch {
    return undefined;
  }
}

/** Each declared package that is missing or at another version than declared: "lighthouse 13.5.0 (installed: none)". */
function missingDependencies() {
  return Object.entries(benchDependencies())
    .filter(([name, version]) => installedVersion(name) !== version)
    .map(([name, version]) => `${name} ${version} (installed: ${installedVersion(name) ?? 'none'})`);
}

/** Installs scripts/bench's locked packages (npm ci in that folder) unless every one is already there. */
export function ensureDependencies(log = console.error) {
  const missing = missingDependencies();
  if (missing.length === 0) return;
  log(`Installing the benchmark's packages into ${BENCH_MODULES} (npm ci; missing: ${missing.join(', ')})`);
  // The npm that runs `npm run bench`, when there is one; else the one on the PATH.
  const [command, ...args] = process.env.npm_execpath?.endsWith('npm-cli.js')
    ? [process.execPath, process.env.npm_execpath]
    : ['npm'];
  const r = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund'], { cwd: BENCH_DIR, stdio: 'inherit' });
  const still = missingDependencies();
  if (r.status !== 0 || still.length)
    throw new Error(`could not install the benchmark's packages in ${BENCH_DIR} (${still.join(', ') || r.error})`);
}
