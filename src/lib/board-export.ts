/**
 * A leaderboard as data: one record per ranked row, for /data/board-<slug>.json and .csv. Each
 * record keeps the row id, so that it can be joined with /data/results.json for every other field.
 */
import type { BoardRow } from './board';
import { usesGuidance } from './compare';
import { toCsv } from './csv';

export const BOARD_COLUMNS = [
  'rank',
  'id',
  'model',
  'method',
  'family',
  'contribution',
  'tokenizer_kind',
  'params_m',
  'fid',
  'is',
  'steps',
  'guidance',
  'cfg',
  'resolution',
  'date',
  'source_url',
] as const;

export type BoardRecord = Record<(typeof BOARD_COLUMNS)[number], string | number | boolean | null>;

export function boardRecords(rows: readonly BoardRow[]): BoardRecord[] {
  return rows.map(({ rank, row: r }) => ({
    rank,
    id: r.id,
    model: r.model,
    method: r.method,
    family: r.family,
    contribution: r.contribution,
    tokenizer_kind: r.tokenizerKind,
    params_m: r.params,
    fid: r.fid,
    is: r.is,
    steps: r.steps,
    guidance: usesGuidance(r),
    cfg: r.guidance === false ? 1 : r.cfg,
    resolution: r.resolution,
    date: r.date,
    source_url: r.sourceUrl,
  }));
}

export const boardCsv = (rows: readonly BoardRow[]) => toCsv(boardRecords(rows), BOARD_COLUMNS);
