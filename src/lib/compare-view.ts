/**
 * The view model of /compare/: every row in table order with its formatted cells, the chart, the
 * default view (rendered as the page, so the script has no work on load), the filter values the
 * data holds, and the script's data as safe JSON. Kept apart from compare.ts, which the browser runs.
 */
import type { Method, ResultRow } from './types';
import { applyView, DEFAULT_VIEW, tableData, toCompareRows, type CompareRow } from './compare';
import { compareCells, tableOrder, type CompareCells } from './compare-cells';
import { chartPair, chartPoints, type ChartPair } from './chart';
import type { Locale } from '../i18n/locales';
import type { PresentValues } from './facets';
import { primaryMetric, type BenchmarkId } from './benchmarks';

export interface CompareView {
  /** The benchmark the table holds. */
  benchmark: BenchmarkId;
  rows: CompareRow[];
  cells: CompareCells[];
  /** FID against parameters of the methods' own numbers with guidance, at the page's width and at a phone's. */
  chart: ChartPair;
  /** Ids of the rows the default view shows. */
  shown: Set<string>;
  /** Filter values present in the data, so that no filter leads to an empty table by construction. */
  present: PresentValues;
  /** The script's data (`ViewRow`s), with "<" escaped for an inline <script type="application/json">. */
  json: string;
}

export function compareView(
  results: readonly ResultRow[],
  methods: readonly Method[],
  locale: Locale = 'en',
  benchmark: BenchmarkId = 'imagenet-cc',
): CompareView {
  const rows = tableOrder(toCompareRows(results, methods).filter((r) => r.benchmark === benchmark));
  return {
    benchmark,
    rows,
    cells: compareCells(rows, locale),
    chart: chartPair(chartPoints(rows, benchmark), 'params', undefined, primaryMetric(benchmark)),
    shown: new Set(applyView(rows, DEFAULT_VIEW, primaryMetric(benchmark)).map((r) => r.id)),
    ...tableData(rows, primaryMetric(benchmark)),
  };
}
