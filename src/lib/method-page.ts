/**
 * The view model of a method page: everything its route renders besides the Markdown body, derived
 * from the method, every method, every result row, the concept pages and the page's git history.
 */
import type { Method, ResultRow } from './types';
import type { Dictionary } from '../i18n/en';
import type { Concept } from './concepts';
import { conceptsFor } from './concepts';
import { orderOfFamily, type OrderKind } from './generation-order';
import { rowsOfMethod } from './results';
import { toResultCells, type ResultCell } from './results-table';
import { BENCHMARK_IDS, type BenchmarkId } from './benchmarks';
import { toBibtex } from './bibtex';
import { editUrl, reportUrl } from './repo-links';
import type { Change } from './history';
import { contentFile } from './content-folders';
import { citeRow, type Cite } from './cite';
import type { RowChange } from './row-history';
import { en } from '../i18n/en';
import { lookUp } from './lookup';

const slugOf = (m: Method) => m.slug;

/** A row's tools: its cite (key and sentence) and the changes of its numbers or source. */
export interface RowTools {
  cite: Cite;
  history: RowChange[];
}

export interface MethodPage {
  /** One results table per benchmark the method has rows for, in the registry's order. */
  tables: Array<{ benchmark: BenchmarkId; rows: ResultCell[]; tools: Record<string, RowTools> }>;
  buildsOn: Array<{ slug: string; name: string }>;
  generator?: { slug: string; name: string } | undefined;
  concepts: Concept[];
  /** The generation-order view, on the core methods' pages only. */
  order?: OrderKind | undefined;
  bibtex: string;
  history: { changes: Change[]; available: boolean };
  editUrl: string;
  reportUrl: string;
  /** A "report a wrong number" link for one row. */
  reportRow: (id: string, model: string, shown: string) => string;
}

export interface MethodPageInput {
  methods: readonly Method[];
  rows: readonly ResultRow[];
  concepts: readonly Concept[];
  history: { changes: Change[]; available: boolean };
  /** The page's pathname, for the report links. */
  page: string;
  repoUrl: string;
  /** The file the page's prose comes from, when not the English page (a translation). */
  file?: string | undefined;
  /** The sampling setting's words in the page's language (English by default). */
  sampling?: Dictionary['sampling'] | undefined;
  /** The cite words in the page's language (English by default), and the language of the benchmark labels. */
  cite?: Dictionary['cite'];
  locale?: 'en' | 'zh';
  /** Every row's changes (src/data/row-history.ts); none by default. */
  rowHistory?: ReadonlyMap<string, RowChange[]>;
  /** The punctuation of the page's language (English by default). */
  punct?: Dictionary['punct'];
}

/** Where a method's page lives in the repository (for "edit this page"). */
const methodFile = (slug: string) => contentFile('methods', slug);

export function methodPage(method: Method, input: MethodPageInput): MethodPage {
  const { methods, rows, concepts, history, page, repoUrl, file, sampling = en.sampling, punct } = input;
  const words = { sampling, cite: input.cite ?? en.cite };
  const bySlug = (slug: string) => lookUp(methods, slugOf, slug);
  const nameOf = (slug: string) => bySlug(slug)?.data.short_name ?? slug;
  const { data, slug } = method;
  return {
    tables: BENCHMARK_IDS.flatMap((benchmark) => {
      const own = rowsOfMethod(rows, slug).filter((r) => r.benchmark === benchmark);
      if (!own.length) return [];
      const tools = Object.fromEntries(
        own.map((r) => {
          const printer = bySlug(r.reported_in);
          if (!printer) throw new Error(`results row "${r.id}" is reported in unknown method "${r.reported_in}"`);
          const cite = citeRow(r, printer, words, input.locale ?? 'en');
          return [r.id, { cite, history: input.rowHistory?.get(r.id) ?? [] }];
        }),
      );
      return [{ benchmark, rows: toResultCells(own, nameOf, rows, sampling, punct), tools }];
    }),
    buildsOn: data.builds_on.map((s) => ({ slug: s, name: nameOf(s) })),
    generator: data.generator ? { slug: data.generator, name: nameOf(data.generator) } : undefined,
    concepts: conceptsFor(concepts, slug),
    order: data.role === 'core' ? orderOfFamily(data.family) : undefined,
    bibtex: toBibtex(data),
    history,
    editUrl: editUrl(repoUrl, file ?? methodFile(slug)),
    reportUrl: reportUrl(repoUrl, { page }),
    reportRow: (id, model, shown) => reportUrl(repoUrl, { page, row: id, model, shown }),
  };
}
