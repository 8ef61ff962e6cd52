/**
 * Builds the Pagefind search index as the last step of `astro build`, so that one command
 * produces a searchable site (also for builds under a sub-path).
 *
 * Only elements inside `data-pagefind-body` are indexed. KaTeX output is indexed once, as its
 * TeX source: the rendered glyph spans and the MathML tokens are excluded, the TeX annotation kept.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Selectors whose text is not indexed: KaTeX's visual rendering and its MathML tokens (the TeX annotation stays). */
export const EXCLUDE_SELECTORS = ['.katex-html', '.katex-mathml semantics > :not(annotation)'];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
