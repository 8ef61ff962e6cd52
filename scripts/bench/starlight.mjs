// The benchmark's synthetic method pages as a minimal Starlight site, to compare build time,
// memory, page weight and search with the same content. Math is set up as in the site's own
// astro.config.mjs (the unified Markdown processor with remark-math and rehype-katex) and
// KaTeX's stylesheet is added as custom CSS. Starlight's built-in Pagefind search is kept. Like the
// site, it has an English and a Chinese edition, so that both build the same pages.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { benchDependencies, BENCH_MODULES } from './deps.mjs';
import { syntheticPage } from './synthetic.mjs';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  // As the site's default: Starlight's sitemap needs it.
  site: 'http://localhost:4321',
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { strict: 'error' }]] }),
  },
  // Two editions, as the site has: Starlight builds every page in each locale, the untranslated ones
  // with the English content (its fallback), as the site builds every method page under /zh/.
  integrations: [
    starlight({
      title: 'Synthetic survey',
      customCss: ['katex/dist/katex.min.css'],
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, zh: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const INDEX = `---
title: Synthetic survey
description: Synthetic method pages used to compare the build, the page weight and the search with Starlight.
---

Each page under Methods is a synthetic method page of realistic length.
`;

/**
 * package.json of the copy: the benchmark's Starlight packages (scripts/bench/package.json). Astro
 * bundles (rather than externalizes) the packages the project depends on that are Astro integrations,
 * so Starlight must be listed for its routes to render.
 */
function packageJson() {
  const all = benchDependencies();
  const names = ['astro', '@astrojs/starlight', '@astrojs/markdown-remark', 'katex', 'rehype-katex', 'remark-math'];
  const deps = Object.fromEntries(names.map((n) => [n, all[n]]));
  return `${JSON.stringify({ name: 'survey-starlight', type: 'module', private: true, dependencies: deps }, null, 2)}\n`;
}

/** Writes `text` to `dir/file`, creating folders as needed. */
function write(dir, file, text) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/**
 * The benchmark's node_modules (scripts/bench/node_modules: Starlight, and Astro at the site's version),
 * linked entry by entry, with Starlight itself copied in: Astro cannot build `.astro` components whose
 * real path lies outside the project root and shares only `/` with it (their styles are looked up under
 * a different key than they were compiled under), and through a whole-folder link Starlight's
 * components resolve to their real path.
 */
function linkNodeModules(dir) {
  const from = BENCH_MODULES;
  const to = join(dir, 'node_modules');
  mkdirSync(join(to, '@astrojs'), { recursive: true });
  for (const name of readdirSync(from)) if (name !== '@astrojs') symlinkSync(join(from, name), join(to, name));
  for (const name of readdirSync(join(from, '@astrojs')))
    if (name === 'starlight') cpSync(join(from, '@astrojs', name), join(to, '@astrojs', name), { recursive: true });
    else symlinkSync(join(from, '@astrojs', name), join(to, '@astrojs', name));
}

/** Synthetic page `i` as a Starlight page: title and description from its frontmatter, the same body. */
function starlightPage(i) {
  const { slug, frontmatter, body } = syntheticPage(i);
  const { title, summary } = parse(frontmatter);
  return {
    slug,
    text: `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(summary)}\n---\n\n${body}`,
  };
}

/** A minimal Starlight project in a temporary folder with an index page and `extra` synthetic method pages. */
export function starlightCopy(extra) {
  const dir = mkdtempSync(join(tmpdir(), 'survey-starlight-'));
  write(dir, 'package.json', packageJson());
  linkNodeModules(dir);
  write(dir, 'astro.config.mjs', CONFIG);
  write(dir, 'src/content.config.ts', CONTENT_CONFIG);
  write(dir, 'src/content/docs/index.mdx', INDEX);
  for (let i = 0; i < extra; i++) {
    const { slug, text } = starlightPage(i);
    write(dir, `src/content/docs/methods/${slug}.mdx`, text);
  }
  return dir;
}

/** The paths (relative to the site root) of the page types the benchmark measures in a Starlight copy. */
export function starlightPaths(extra) {
  return extra > 0 ? { home: '', method: 'methods/synthetic-0/' } : { home: '' };
}

/** Pagefind's time in ms from a Starlight build's output ("Finished building search index in 96ms." or "in 1.23s."). */
export function starlightPagefindMs(output) {
  const m = output.match(/Finished building search index in ([\d.]+)(ms|s)\./);
  return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : NaN;
}
