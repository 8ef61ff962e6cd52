/**
 * Builds the Pagefind search index as the last step of `astro build`, so that one command
 * produces a searchable site (also for builds under a sub-path).
 *
 * Only elements inside `data-pagefind-body` are indexed. Formulas are not indexed at all (neither
 * KaTeX's glyph spans nor its MathML and TeX source), so that excerpts read as prose. Every result
 * row is added as a record of its own, built from the site's public exports (`rowSearchRecords`).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { censusSearchRecords, rowSearchRecords } from '../lib/search-records';
import type { CensusExport } from '../lib/census';
import { LOCALES } from '../i18n/locales';
import type { MethodExport, ResultExport } from '../lib/export';

/** Selectors whose text is not indexed: every formula (KaTeX's rendering, its MathML and the TeX source). */
const EXCLUDE_SELECTORS = ['.katex', '.katex-display'];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const read = <T>(file: string) => JSON.parse(readFileSync(join(site, 'data', file), 'utf8')) as T;
          // One record per row in every edition's index (Pagefind splits indexes by language).
          // And one per census entry: a method known but not ranked is found, marked as such.
          const records = LOCALES.flatMap((locale) => [
            ...rowSearchRecords(read<ResultExport[]>('results.json'), read<MethodExport[]>('methods.json'), locale),
            ...censusSearchRecords(read<CensusExport[]>('census.json'), locale),
          ]);
          // Sent at once: Pagefind's service answers each request by its id, so they need not wait in turn.
          const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          results.forEach((r, i) => {
            if (r.errors.length)
              throw new Error(`Pagefind could not add the record of ${records[i].url}: ${r.errors.join('; ')}`);
          });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(
            `indexed ${added.page_count} pages and ${records.length} records (result rows and census entries) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
