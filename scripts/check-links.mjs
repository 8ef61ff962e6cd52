// Checks that every internal link and #fragment of the built site (`dist`, served at the root)
// resolves. The same check runs under a sub-path (BASE_PATH=/sub-path/) on the build that
// tests/build/contributor-path.test.ts makes, so that the site is built once more, not twice.
// Usage: node scripts/check-links.mjs
import { runnerImport } from 'vite';

// scripts/lib is TypeScript: load it through Vite (as scripts/new-method.mjs does), so that this runs on every
// Node the project declares, including those that do not strip types by default.
const load = async (file) => (await runnerImport(file, { configFile: false, logLevel: 'silent' })).module;
const { brokenLinks } = await load('./scripts/lib/link-check.ts');
const { builtFiles } = await load('./scripts/lib/built-files.ts');

const files = builtFiles('dist', '/');
const problems = brokenLinks(files, '/');
const pages = files.filter((f) => f.html).length;
if (problems.length) {
  console.error(`Broken internal links in dist:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exitCode = 1;
} else console.log(`links: ${pages} pages in dist: every internal link resolves`);
