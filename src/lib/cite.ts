/**
 * "Cite a number": a row's number as a sentence ready to paste, "FID 1.24 (Ren et al., 2025,
 * Table 1; class-conditional ImageNet 256×256, CFG 2.2 (linear), 200 steps)", with the BibTeX key
 * of the paper or repository that prints it. The words come from the page's dictionary.
 */
import type { Dictionary } from '../i18n/en';
import type { Method, ResultRow } from './types';
import { benchmark, metric, primaryMetric } from './benchmarks';
import { samplingLabel } from './results';

export interface Cite {
  /** The printing paper's key in /data/references.bib. */
  key: string;
  /** The sentence, in the page's language; the number as printed. */
  sentence: string;
}

/** The last word of a name as printed ("Keyu Tian" gives "Tian"). */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

/** "Tian", "Tian and Jiang", "Tian et al." (in the page's language). */
export function citeAuthors(authors: readonly string[], w: Dictionary['cite']): string {
  const [first, second] = authors.map(surname);
  if (!first) return '';
  if (authors.length === 1) return first;
  if (authors.length === 2) return w.and(first, second);
  return w.etAl(first);
}

/** Where the number is printed: a paper's table ("Table 1", in the page's words) or a file at a commit. */
function placeOf(r: ResultRow, w: Dictionary['cite']): string {
  const s = r.source;
  if (s.repo) return w.inRepository(s.file ?? '', `${s.repo}@${(s.commit ?? '').slice(0, 7)}`, s.table);
  return w.table(s.table ?? '');
}

/** The cite of one row: the key of the paper that prints it and the sentence. */
export function citeRow(
  r: ResultRow,
  printer: Pick<Method, 'data'>,
  t: Pick<Dictionary, 'cite' | 'sampling'>,
  locale: 'en' | 'zh',
): Cite {
  const k = primaryMetric(r.benchmark);
  const value = (r.metrics as Partial<Record<string, number>>)[k];
  const decimals = value === undefined ? 0 : Math.max(metric(k).decimals, (String(value).split('.')[1] ?? '').length);
  const res = r.resolution ? ` ${r.resolution}×${r.resolution}` : '';
  const setting = `${benchmark(r.benchmark).label[locale]}${res}${t.sampling.sep}${samplingLabel(r, t.sampling)}`;
  return {
    key: printer.data.bibtex.key,
    sentence: t.cite.sentence(
      metric(k).label[locale],
      value === undefined ? '' : value.toFixed(decimals),
      citeAuthors(printer.data.paper.authors, t.cite),
      String(printer.data.bibtex.year),
      placeOf(r, t.cite),
      setting,
    ),
  };
}
