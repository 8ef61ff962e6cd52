/**
 * The view model of a leaderboard page: the board's rows with every cell formatted, the board
 * switcher, and a sentence on what the board holds. Routes call `boardView()` and render it.
 */
import type { CompareRow } from './compare';
import type { Family } from './vocab';
import { tableData, usesGuidance } from './compare';
import { compareCells, type CompareCells } from './compare-cells';
import { BOARDS, boardRows, boardWords, type Board } from './board';
import { vocabLabels } from '../i18n/vocab-labels';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Locale } from '../i18n/locales';
import type { PresentValues } from './facets';
import type { Dictionary } from '../i18n/en';
import { layoutTimeChart, records, sideOf, type TimeChart } from './records';
import { NARROW_CHART } from './chart-sizes';
import { boardPoints, chartPair, type ChartAxis, type ChartPair } from './chart';
import { leadOn, type Lead } from './lead';
import { benchmark, primaryMetric, type Task } from './benchmarks';

export interface BoardCell {
  rank: number;
  id: string;
  model: string;
  method: string;
  methodName: string;
  /** The method's paradigm (vocabulary value), for the row's `data-family`. */
  family: Family;
  contribution: string;
  guidance: string;
  date: string;
  sourceLabel: string;
  sourceUrl: string;
  cells: CompareCells;
}

export interface BoardView {
  board: Board;
  /** The board's setting, label, title and what it holds, in the page's language. */
  text: { setting: string; label: string; title: string; holds: string };
  boards: ReadonlyArray<{ slug: string; path: string; label: string; task: Task; current: boolean; count: number }>;
  /** The rows listed on the page: the board's first BOARD_PAGE_ROWS ranks. */
  rows: BoardCell[];
  /** How many models the whole board ranks (its downloads hold them all). */
  total: number;
  leftOut: string;
  /** Filter values present in the listed rows, so that no filter leads to an empty board by construction. */
  present: PresentValues;
  /** The filter script's data (`ViewRow`s of the listed rows), with "<" escaped for an inline JSON script. */
  json: string;
  /** Distinct methods on the board. */
  methods: number;
  /** The best FID to date of each side under the board's setting, and the changes of lead. */
  overTime: { wide: TimeChart; narrow: TimeChart };
  /** Who leads under the board's setting, or undefined while one side has no model on it. */
  lead: Lead | undefined;
  /** When no lead can be stated: the side (in the page's language) that has no model on the board. */
  noRival: string;
  /** Every model of the board as a point: FID against parameters, and against sequential forward passes. */
  charts: Record<ChartAxis, ChartPair & { points: number }>;
}

/** "CFG 1.5", "guidance", "none" or undefined (not stated). */
function guidanceLabel(r: CompareRow, t: Dictionary): string | undefined {
  const g = usesGuidance(r);
  if (g === false) return t.table.none;
  if (g === true) return r.cfg !== null && r.cfg > 1 ? `CFG ${r.cfg}` : t.table.yes;
  return undefined;
}

/** A board page lists this many ranks at most, so that it stays light on a phone; the rest are in its downloads. */
const BOARD_PAGE_ROWS = 100;

export function boardView(
  rows: readonly CompareRow[],
  slug: string,
  today = new Date().toISOString().slice(0, 10),
  locale: Locale = 'en',
): BoardView {
  const t = DICTIONARIES[locale];
  const labels = vocabLabels(locale);
  const named = (b: Board) => boardWords(b, locale);
  const board = BOARDS.find((b) => b.slug === slug);
  if (!board) throw new Error(`no board "${slug}"`);
  const all = boardRows(rows, board);
  const ranked = all.slice(0, BOARD_PAGE_ROWS);
  const cells = compareCells(
    ranked.map((b) => b.row),
    locale,
  );
  return {
    board,
    text: named(board),
    boards: BOARDS.map((b) => ({
      slug: b.slug,
      path: b.path,
      label: named(b).label,
      task: benchmark(b.benchmark).task,
      current: b.slug === slug,
      count: boardRows(rows, b).length,
    })),
    rows: ranked.map(({ rank, row }, i) => ({
      rank,
      id: row.id,
      model: row.model,
      method: row.method,
      methodName: row.methodName,
      family: row.family,
      contribution: labels.contribution[row.contribution],
      guidance: guidanceLabel(row, t) ?? '',
      date: row.date,
      sourceLabel: row.sourceLabel,
      sourceUrl: row.sourceUrl,
      cells: cells[i],
    })),
    total: all.length,
    leftOut: t.board.leftOut,
    ...tableData(
      ranked.map((b) => b.row),
      primaryMetric(board.benchmark),
    ),
    methods: new Set(all.map((b) => b.row.method)).size,
    overTime: overTime(rows, board, today),
    lead: leadOn(rows, board, locale),
    noRival: all.some((b) => sideOf(b.row) === 'diffusion') ? t.chart.autoregressive : t.chart.diffusion,
    charts: {
      params: chartsOf(
        all.map((b) => b.row),
        'params',
        board,
      ),
      steps: chartsOf(
        all.map((b) => b.row),
        'steps',
        board,
      ),
    },
  };
}

/** The over-time chart of a board's setting at the page's width and at a phone's. */
function overTime(rows: readonly CompareRow[], board: Board, today: string): { wide: TimeChart; narrow: TimeChart } {
  const metric = primaryMetric(board.benchmark);
  const ar = records(rows, 'autoregressive', board.keep, metric);
  const diffusion = records(rows, 'diffusion', board.keep, metric);
  return {
    wide: layoutTimeChart(ar, diffusion, today, undefined, undefined, undefined, metric),
    narrow: layoutTimeChart(ar, diffusion, today, NARROW_CHART.width, NARROW_CHART.height, undefined, metric),
  };
}

/** One chart of the board at the page's width and at a phone's, with how many models it shows. */
function chartsOf(rows: readonly CompareRow[], axis: ChartAxis, board: Board): ChartPair & { points: number } {
  const pair = chartPair(boardPoints(rows), axis, undefined, primaryMetric(board.benchmark));
  return { ...pair, points: pair.layout.marks.length };
}
