/**
 * The view model of /compare/: every row in table order with its formatted cells, the chart, the
 * default view (rendered as the page, so the script has no work on load), the filter values the
 * data holds, and the script's data as safe JSON. Kept apart from compare.ts, which the browser runs.
 */
import type { Method, ResultRow } from './types';
import { applyView, DEFAULT_VIEW, tableData, toCompareRows, type CompareRow } from './compare';
import { compareCells, tableOrder, type CompareCells } from './compare-cells';
import { boardPoints, chartPair, chartPoints, type ChartPair } from './chart';
import { BOARDS, boardRows, boardWords } from './board';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Locale } from '../i18n/locales';
import type { PresentValues } from './facets';
import { primaryMetric, type BenchmarkId } from './benchmarks';

export interface CompareView {
  /** The benchmark the table holds. */
  benchmark: BenchmarkId;
  rows: CompareRow[];
  cells: CompareCells[];
  /** The ranked metric against parameters, at the page's width and at a phone's: ImageNet's own numbers at 256×256 with guidance, or another benchmark's first board. */
  chart: ChartPair;
  /** What the chart holds, in the page's language. */
  chartScope: string;
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
  // ImageNet's chart keeps its fixed setting; another benchmark's is its first board (original prompts on GenEval).
  const imagenet = benchmark === 'imagenet-cc';
  const board = BOARDS.find((b) => b.benchmark === benchmark)!;
  return {
    benchmark,
    rows,
    cells: compareCells(rows, locale),
    chart: chartPair(
      imagenet
        ? chartPoints(rows, benchmark)
        : boardPoints(
            boardRows(rows, board)
              .map((b) => b.row)
              .filter((r) => r.params !== null),
          ),
      'params',
      undefined,
      primaryMetric(benchmark),
    ),
    chartScope: imagenet ? DICTIONARIES[locale].chart.scope : boardWords(board, locale).holds,
    shown: new Set(applyView(rows, DEFAULT_VIEW, primaryMetric(benchmark)).map((r) => r.id)),
    ...tableData(rows, primaryMetric(benchmark)),
  };
}
