/**
 * The benchmark's packages (scripts/bench/package.json, installed on demand into scripts/bench/node_modules)
 * stay out of the site's install, and Starlight is built with the site's Astro: the packages both
 * manifests name are at one version, and every package both lockfiles hold at the same place is locked
 * at the same version (regenerate the benchmark's lockfile from the site's, as the README says).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const json = <T>(file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
type Manifest = { dependencies: Record<string, string>; devDependencies?: Record<string, string> };
type Lock = { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
const site = json<Manifest>('package.json');
const bench = json<Manifest>('scripts/bench/package.json');
const siteLock = json<Lock>('package-lock.json').packages;
const benchLock = json<Lock>('scripts/bench/package-lock.json').packages;

describe("the benchmark's packages", () => {
  const siteDeps: Record<string, string> = { ...site.dependencies, ...site.devDependencies };
  test('are not in the site manifest', () => {
    for (const name of ['@astrojs/starlight', 'lighthouse', 'chrome-launcher']) {
      expect(siteDeps[name]).toBeUndefined();
      expect(bench.dependencies[name]).toBeDefined();
    }
  });
  test('name the packages the site also uses at its versions', () => {
    const shared = Object.keys(bench.dependencies).filter((n) => siteDeps[n]);
    expect(shared).toContain('astro');
    expect(Object.fromEntries(shared.map((n) => [n, bench.dependencies[n]]))).toEqual(
      Object.fromEntries(shared.map((n) => [n, siteDeps[n]])),
    );
  });
  test('are locked as declared, and where both lockfiles hold a package, at the same version', () => {
    expect(benchLock[''].dependencies).toEqual(bench.dependencies);
    for (const name of Object.keys(bench.dependencies))
      expect(benchLock[`node_modules/${name}`]?.version, name).toBe(bench.dependencies[name]);
    const differ = Object.keys(benchLock).filter(
      (path) => path && siteLock[path] && siteLock[path].version !== benchLock[path].version,
    );
    expect(differ).toEqual([]);
  });
});
