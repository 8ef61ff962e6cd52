/**
 * What valid content is: the collections, with their zod schemas (one file each under src/schemas/,
 * re-exported here for the build guard, the published JSON Schemas and the tests).
 *
 * Every field carries a `.describe()` text; it is the field's comment and the field reference on the
 * contribute page. Allowed values come from `src/lib/vocab.ts`, metrics and benchmarks from
 * `src/lib/benchmarks.ts`.
 *
 * Cross-file rules (a reference must resolve, ids are unique, a results file belongs to an
 * existing method) live in `src/lib/content-check.ts`, which the build runs with these
 * same schemas before Astro loads the collections.
 *
 * `defineCollection` is imported from its plain module path (not the `astro:content` virtual
 * module) so that this file also loads outside Vite: in the build guard and in unit tests.
 */ import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { loaderOptions } from './lib/content-folders';
import { methodSchema } from './schemas/method';
import { resultsFileSchema } from './schemas/results';
import { conceptSchema } from './schemas/concept';
import { translationSchema } from './schemas/translation';
import { censusEntrySchema } from './schemas/census';
import { CENSUS_FILE } from './lib/content-folders';

export { isoDate, dayOrMonth } from './schemas/shared';
export { tokenizerSchema, paperSchema, bibtexSchema, methodSchema } from './schemas/method';
export { sourceSchema, resultRowSchema, resultsFileSchema } from './schemas/results';
export { conceptSchema } from './schemas/concept';
export { translationSchema } from './schemas/translation';
export { censusEntrySchema, censusFileSchema } from './schemas/census';

export const collections = {
  concepts: defineCollection({
    loader: glob(loaderOptions('concepts')),
    schema: conceptSchema,
  }),
  methods: defineCollection({
    loader: glob(loaderOptions('methods')),
    schema: methodSchema,
  }),
  results: defineCollection({
    loader: glob(loaderOptions('results')),
    schema: resultsFileSchema,
  }),
  census: defineCollection({
    loader: file(CENSUS_FILE, { parser: (text) => (parseYaml(text) as { entries: unknown[] }).entries as never }),
    schema: censusEntrySchema,
  }),
  translations: defineCollection({
    loader: glob({ pattern: '*/*/*.md', base: './src/content/translations' }),
    schema: translationSchema,
  }),
};
