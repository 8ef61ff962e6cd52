/**
 * Loads the validated collections in the shapes `src/lib` works with. Pages call these;
 * nothing in `src/lib` touches `astro:content`.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { flattenResults } from '../lib/results';
import type { Method, ResultRow } from '../lib/types';
import type { Concept } from '../lib/concepts';
import type { CensusEntry } from '../lib/census';
import { addedDate, mergeHistories, type Change } from '../lib/history';
import { changesSince, fileHistory, historyAvailable } from './git-history';
import {
  parseTranslationId,
  translationOf,
  translationStatus,
  type Translation,
  type TranslationKind,
  type TranslationStatus,
} from '../lib/translations';
import type { Locale } from '../i18n/locales';
import { contentFile } from '../lib/content-folders';
import { BOARDS, boardRows, type Board, type BoardRow } from '../lib/board';
import { toCompareRows, type CompareRow } from '../lib/compare';

/**
 * `load` once per build: every page of a build reads the same content, so a collection is shaped once
 * rather than once per page (with a thousand method pages, reshaping every row on every page was a
 * quarter of the build). The dev server loads afresh on each call, so that an edited file shows on reload.
 * Callers get read-only arrays: one page cannot reorder what the next page reads.
 */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (kept ??= load()));
}

/** Every method, with its slug (the file name). */
export const loadMethods: () => Promise<readonly Method[]> = oncePerBuild(async () =>
  (await getCollection('methods')).map((e) => ({ slug: e.id, data: e.data })),
);

/** Every results row on the site, each carrying its method's slug. */
export const loadResults: () => Promise<readonly ResultRow[]> = oncePerBuild(async () =>
  flattenResults((await getCollection('results')).map((e) => e.data)),
);

/** Every results row joined with its method, as the boards and the compare tables read them. */
export const loadCompareRows: () => Promise<readonly CompareRow[]> = oncePerBuild(async () =>
  toCompareRows(await loadResults(), await loadMethods()),
);

/** The census: methods known but not ranked (src/content/census.yaml). */
export const loadCensus: () => Promise<readonly CensusEntry[]> = oncePerBuild(async () =>
  (await getCollection('census')).map((e) => e.data),
);

/** Every concept page, with its slug. */
export const loadConcepts: () => Promise<readonly Concept[]> = oncePerBuild(async () =>
  (await getCollection('concepts')).map((e) => ({ slug: e.id, data: e.data })),
);

/** The rendered MDX body of a concept page. */
export async function renderConcept(slug: string) {
  const entry = await getEntry('concepts', slug);
  if (!entry) throw new Error(`No concept page for "${slug}"`);
  return render(entry);
}

/** The rendered MDX body of a method page. */
export async function renderMethod(slug: string) {
  const entry = await getEntry('methods', slug);
  if (!entry) throw new Error(`No method page for "${slug}"`);
  return render(entry);
}

/** A lookup from method slug to its short name, for tables and links. */
export function shortNames(methods: readonly Method[]): (slug: string) => string {
  const names = new Map(methods.map((m) => [m.slug, m.data.short_name]));
  return (slug) => names.get(slug) ?? slug;
}

/** The change history of a method's page and results file, newest first, and the date the page was added. */
export function methodHistory(slug: string): { changes: Change[]; added?: string | undefined; available: boolean } {
  const page = fileHistory(contentFile('methods', slug));
  const results = fileHistory(contentFile('results', slug));
  return { changes: mergeHistories(page, results), added: addedDate(page), available: historyAvailable() };
}

/** Every translation of every language, read once per build. */
const allTranslations = oncePerBuild(async () =>
  (await getCollection('translations')).flatMap((e) => {
    const at = parseTranslationId(e.id);
    if (!at) return [];
    return [
      {
        id: e.id,
        locale: at.locale as Locale,
        kind: at.kind,
        slug: at.slug,
        file: `src/content/translations/${e.id}.md`,
        data: e.data,
        prose: (e.body ?? '').trim().length > 0,
      },
    ];
  }),
);

/** Every translation of `locale` (all languages when omitted), with its kind and slug from its path. */
export async function loadTranslations(locale?: Locale): Promise<readonly Translation[]> {
  const all = await allTranslations();
  return locale ? all.filter((t) => t.locale === locale) : all;
}

/** The translation of one page into `locale`, if there is one. */
export async function findTranslation(
  locale: Locale,
  kind: TranslationKind,
  slug: string,
): Promise<Translation | undefined> {
  return translationOf(await loadTranslations(locale), kind, slug);
}

/** The rendered Markdown body of a translation. */
export async function renderTranslation(id: string) {
  const entry = await getEntry('translations', id);
  if (!entry) throw new Error(`No translation "${id}"`);
  return render(entry);
}

/** Whether the English file changed in git after the translation was last updated. */
export function translationHistory(t: Translation): TranslationStatus {
  const own = fileHistory(t.file);
  return translationStatus(own, own[0] ? changesSince(t.data.source, own[0].hash) : []);
}

/** The paths of the board data routes (/data/board-<slug>.json and .csv), one per board. */
export const boardPaths = () => BOARDS.map((b) => ({ params: { board: `board-${b.slug}` }, props: { slug: b.slug } }));

/** One board and its ranked rows, for the board data routes. */
export async function loadBoard(slug: string): Promise<{ board: Board; rows: BoardRow[] }> {
  const board = BOARDS.find((b) => b.slug === slug);
  if (!board) throw new Error(`no board "${slug}"`);
  return { board, rows: boardRows(await loadCompareRows(), board) };
}
