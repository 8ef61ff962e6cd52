/**
 * Reads the site's real content from disk and validates it with the same schemas the build uses,
 * so that tests can compare what the site shows with what the files say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';
import { censusFileSchema, methodSchema, resultsFileSchema } from '../src/content.config';
import { CENSUS_FILE } from '../src/lib/content-folders';
import type { CensusEntry } from '../src/lib/census';
import { frontmatterOf } from '../src/lib/content-file';
import { flattenResults } from '../src/lib/results';
import type { Method, ResultRow } from '../src/lib/types';
import { translationSchema } from '../src/schemas/translation';
import type { TranslationData } from '../src/lib/translations';

const ROOT = join(import.meta.dirname, '..');

/**
 * `read` once per test process, each caller getting its own copy: the content does not change while
 * tests run, and the browser tests' page lists ask for the methods once per page when they are collected.
 */
function readOnce<T>(read: () => T): () => T {
  let kept: T | undefined;
  return () => structuredClone((kept ??= read()));
}

export const readMethods: () => Method[] = readOnce(() => {
  const dir = join(ROOT, 'src/content/methods');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => ({
      slug: basename(n, '.mdx'),
      data: methodSchema.parse(parse(frontmatterOf(readFileSync(join(dir, n), 'utf8')) ?? '')),
    }));
});

/** The method pages' translations of one edition ("zh"), validated: slug and frontmatter. */
export function readMethodTranslations(locale: string): Array<{ slug: string; data: TranslationData }> {
  const dir = join(ROOT, 'src/content/translations', locale, 'methods');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => ({
      slug: basename(n, '.md'),
      data: translationSchema.parse(parse(frontmatterOf(readFileSync(join(dir, n), 'utf8')) ?? '')),
    }));
}

export const readResults: () => ResultRow[] = readOnce(() => {
  const dir = join(ROOT, 'src/content/results');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map(
      (n) =>
        resultsFileSchema.parse(parse(readFileSync(join(dir, n), 'utf8'))) as { method: string; rows: ResultRow[] },
    );
  return flattenResults(files);
});

/** The census of methods known but not ranked, validated. */
export function readCensus(): CensusEntry[] {
  return censusFileSchema.parse(parse(readFileSync(join(ROOT, CENSUS_FILE), 'utf8'))).entries;
}
