/**
 * Builds the Pagefind search index during `astro build`, so that one command produces a searchable
 * site (also for builds under a sub-path).
 *
 * Pagefind runs as a process of its own. It starts with the build, and each page is handed to it as
 * soon as Astro has rendered it (the prerenderer is wrapped: the page is read from its response), so
 * Pagefind reads the pages on the second core while Astro renders the rest, instead of reading them
 * all from disk afterwards. When the build is done, any HTML file in the output that it was not handed
 * (none today) is read from disk, the result rows and census entries are added as records, and the
 * index is written.
 *
 * Only elements inside `data-pagefind-body` are indexed. Formulas are not indexed at all (neither
 * KaTeX's glyph spans nor its MathML and TeX source), so that excerpts read as prose. Every result
 * row is added as a record of its own, built from the site's public exports (`rowSearchRecords`).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { censusSearchRecords, rowSearchRecords } from '../lib/search-records';
import type { CensusExport } from '../lib/census';
import { LOCALES } from '../i18n/locales';
import type { MethodExport, ResultExport } from '../lib/export';
import { builtHtmlFile } from '../lib/paths';

/** Selectors whose text is not indexed: every formula (KaTeX's rendering, its MathML and the TeX source). */
const EXCLUDE_SELECTORS = ['.katex', '.katex-display'];

/** Every HTML file under `dir` (Pagefind's own output aside), relative to it, with `/` between folders. */
const htmlFilesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

/** The errors of one of Pagefind's answers, as an Error naming what was being done, or nothing. */
function failed(what: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
}

export default function pagefindIndex(): AstroIntegration {
  let base = '/';
  let index: pagefind.PagefindIndex | undefined;
  /** Every page handed to Pagefind while rendering, by its file path in the output. */
  const handed = new Map<string, Promise<readonly string[]>>();
  /** The last page handed to Pagefind: the next waits for it. */
  let queue: Promise<readonly string[]> = Promise.resolve([]);
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
        failed('start', created.errors);
        index = created.index!;
        const started = index;
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'pagefind-index',
          async render(request, options) {
            const rendered = await prerenderer.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            // A redirect's file is Astro's own redirect page, not the response: it is read from disk.
            const redirect = response.status >= 300 && response.status < 400;
            if (options.routeData.type === 'page' && !redirect) {
              const sourcePath = builtHtmlFile(new URL(request.url).pathname, base);
              // Astro reads the response itself to write the file: Pagefind gets a copy. Pages are added
              // one after another, in the order they are built, so that the index is the same on every
              // build (Pagefind numbers pages in the order it adds them; equal scores keep that order).
              const content = response.clone().text();
              queue = queue.then(
                async () => (await started.addHTMLFile({ sourcePath, content: await content })).errors,
              );
              handed.set(
                sourcePath,
                queue.catch((e: unknown) => [String(e)]),
              );
            }
            return rendered;
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        if (!index) throw new Error('Pagefind did not start with the build');
        try {
          for (const [path, errors] of handed) failed(`index the page ${path}`, await errors);
          const files = htmlFilesIn(site);
          const written = new Set(files);
          const stray = [...handed.keys()].filter((file) => !written.has(file));
          if (stray.length)
            throw new Error(`Pagefind was handed pages that the build did not write as such: ${stray.join(', ')}`);
          // Any page written other than by rendering (none today) is read from disk.
          const unseen = files.filter((file) => !handed.has(file));
          for (const sourcePath of unseen) {
            const added = await index.addHTMLFile({
              sourcePath,
              content: readFileSync(join(site, sourcePath), 'utf8'),
            });
            failed(`index the page ${sourcePath}`, added.errors);
          }
          const read = <T>(file: string) => JSON.parse(readFileSync(join(site, 'data', file), 'utf8')) as T;
          // One record per row in every edition's index (Pagefind splits indexes by language).
          // And one per census entry: a method known but not ranked is found, marked as such.
          const records = LOCALES.flatMap((locale) => [
            ...rowSearchRecords(read<ResultExport[]>('results.json'), read<MethodExport[]>('methods.json'), locale),
            ...censusSearchRecords(read<CensusExport[]>('census.json'), locale),
          ]);
          // Sent at once: Pagefind's service answers each request by its id, so they need not wait in turn.
          const results = await Promise.all(records.map((record) => index!.addCustomRecord(record)));
          results.forEach((r, i) => failed(`add the record of ${records[i].url}`, r.errors));
          const output = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          failed('write its files', output.errors);
          logger.info(
            `indexed ${handed.size + unseen.length} pages (${unseen.length} read from disk) and ${records.length} records (result rows and census entries) in ${Math.round(performance.now() - started)} ms after the pages were built`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
