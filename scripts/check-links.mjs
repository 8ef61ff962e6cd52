// Builds the site under a non-root base (BASE_PATH=/sub-path/) into a separate folder and
// checks that every internal link and #fragment resolves, in that build and in `dist`.
// Usage: node scripts/check-links.mjs            (checks dist, then a sub-path build)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runnerImport } from 'vite';

// scripts/lib is TypeScript: load it through Vite (as scripts/new-method.mjs does), so that this runs on every
// Node the project declares, including those that do not strip types by default.
const { module: linkCheck } = await runnerImport('./scripts/lib/link-check.ts', {
  configFile: false,
  logLevel: 'silent',
});
const { brokenLinks } = linkCheck;

function collect(dir, base) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(dir, full).split(sep).join('/');
        const isHtml = rel.endsWith('.html');
        const urlPath = base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
        files.push({ urlPath, html: isHtml ? readFileSync(full, 'utf8') : undefined });
      }
    }
  };
  walk(dir);
  return files;
}

function check(dir, base) {
  const files = collect(dir, base);
  const problems = brokenLinks(files, base);
  const pages = files.filter((f) => f.html).length;
  if (problems.length) {
    console.error(`Broken internal links in ${dir} (base ${base}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log(`links: ${pages} pages in ${dir} (base ${base}): every internal link resolves`);
}

check('dist', '/');
const SUB = '/sub-path/';
const out = 'dist-subpath';
rmSync(out, { recursive: true, force: true });
execFileSync('npx', ['astro', 'build', '--outDir', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BASE_PATH: SUB, ASTRO_TELEMETRY_DISABLED: '1' },
});
check(out, SUB);
rmSync(out, { recursive: true, force: true });
