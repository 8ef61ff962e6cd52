// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeMathErrors from './src/markdown/rehype-math-errors.ts';
import rehypeMathmlScripts from './src/markdown/rehype-mathml-scripts.ts';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import rehypeSections from './src/markdown/rehype-sections.ts';
import rehypeScrollBoxes from './src/markdown/rehype-scroll-boxes.ts';
import rehypeHeadingIds from './src/markdown/rehype-heading-ids.ts';
import { LOCALES, DEFAULT_LOCALE, LOCALE_META } from './src/i18n/locales.ts';
import contentGuard from './src/integrations/content-guard.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import clientModules from './src/integrations/client-modules.ts';

// `site` and `base` come from the environment so that the same build works at a domain root
// or under a sub-path (GitHub Pages project sites): SITE_URL=https://x.github.io BASE_PATH=/repo
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content store and build cache in the project's own folder, not in node_modules (Astro's default):
  // the build tests and the benchmark build copies of the site that link this node_modules, and with one
  // shared cache a build could bundle another build's content store.
  cacheDir: './.astro/cache/',
  // English at the root, Chinese under /zh/ (src/i18n/locales.ts); routes live in src/pages/[...locale]/.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Math is rendered at build time; Astro 7's default Markdown processor skips remark/rehype
  // plugins, so the unified processor is named explicitly. MDX inherits it.
  markdown: {
    // Code blocks are plain text styled by the site (no syntax-highlighting colours to keep in contrast).
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath],
      // Math that KaTeX cannot parse stops the build (rehype-katex alone would only warn).
      rehypePlugins: [
        rehypeHeadingIds,
        [rehypeKatex, { strict: 'error' }],
        rehypeMathErrors,
        // KaTeX's MathML puts a named operator alone in a script (\alpha_{\min}) as two children: one row.
        rehypeMathmlScripts,
        [rehypeBaseLinks, { base }],
        rehypeScrollBoxes,
        rehypeSections,
      ],
    }),
  },
  // optimize: MDX pages use no components, so their static HTML is compiled to strings rather than
  // JSX calls: a faster build and render (the 1,000-page benchmark build spends most time here).
  integrations: [
    contentGuard(),
    clientModules(),
    mdx({ optimize: true }),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l, LOCALE_META[l].lang])),
      },
    }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
});
