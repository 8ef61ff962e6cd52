/**
 * A leaderboard as data: one record per ranked row, for /data/board-<slug>.json and .csv. Each
 * record keeps the row id, so that it can be joined with /data/results.json for every other field;
 * the metric columns are those the board's benchmark shows (src/lib/benchmarks.ts).
 */
import type { BoardRow } from './board';
import { usesGuidance } from './compare';
import { toCsv } from './csv';
import { boardMetricsOf, type BenchmarkId } from './benchmarks';

/** The columns of a board of `benchmark`, in order. */
const boardColumns = (benchmark: BenchmarkId): string[] => [
  'rank',
  'id',
  'model',
  'method',
  'family',
  'contribution',
  'tokenizer_kind',
  'params_m',
  ...boardMetricsOf(benchmark),
  'steps',
  'guidance',
  'cfg',
  'resolution',
  'date',
  'source_url',
];

export type BoardRecord = Record<string, string | number | boolean | null>;

export function boardRecords(rows: readonly BoardRow[], benchmark: BenchmarkId): BoardRecord[] {
  return rows.map(({ rank, row: r }) => ({
    rank,
    id: r.id,
    model: r.model,
    method: r.method,
    family: r.family,
    contribution: r.contribution,
    tokenizer_kind: r.tokenizerKind,
    params_m: r.params,
    ...Object.fromEntries(boardMetricsOf(benchmark).map((k) => [k, r[k]])),
    steps: r.steps,
    guidance: usesGuidance(r),
    cfg: r.cfg,
    resolution: r.resolution,
    date: r.date,
    source_url: r.sourceUrl,
  }));
}

export const boardCsv = (rows: readonly BoardRow[], benchmark: BenchmarkId) =>
  toCsv(boardRecords(rows, benchmark), boardColumns(benchmark));
