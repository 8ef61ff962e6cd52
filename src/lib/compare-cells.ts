/**
 * Display strings for the comparison table, with consistent decimals per column (enough for every
 * printed value). Kept apart from `compare.ts`, which also runs in the browser.
 */
import type { CompareRow } from './compare';
import { columnDecimals, formatNumber, formatParams } from './results';
import { vocabLabels } from '../i18n/vocab-labels';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Locale } from '../i18n/locales';

export interface CompareCells {
  params?: string;
  fid: string;
  is?: string;
  precision?: string;
  recall?: string;
  steps?: string;
  cfg?: string;
  resolution: string;
  family: string;
  backbone: string;
  tokenizer: string;
}

/** Formatted cells for each row, in the same order. */
export function compareCells(rows: readonly CompareRow[], locale: Locale = 'en'): CompareCells[] {
  const labels = vocabLabels(locale);
  const words = DICTIONARIES[locale].tokenizer;
  const d = (vals: Array<number | null>, min: number) =>
    columnDecimals(
      vals.map((v) => v ?? undefined),
      min,
    );
  const dFid = d(
    rows.map((r) => r.fid),
    2,
  );
  const dIs = d(
    rows.map((r) => r.is),
    1,
  );
  const dPr = d(
    rows.flatMap((r) => [r.precision, r.recall]),
    2,
  );
  const n = (v: number | null, dec: number) => formatNumber(v ?? undefined, dec);
  return rows.map((r) => ({
    params: formatParams(r.params ?? undefined),
    fid: n(r.fid, dFid) as string,
    is: n(r.is, dIs),
    precision: n(r.precision, dPr),
    recall: n(r.recall, dPr),
    steps: r.steps === null ? undefined : String(r.steps),
    cfg: r.cfg === null ? (r.guidance ? DICTIONARIES[locale].table.yes : undefined) : String(r.cfg),
    resolution:
      r.genResolution && r.genResolution !== r.resolution
        ? `${r.genResolution} → ${r.resolution}`
        : String(r.resolution),
    family: labels.family[r.family],
    backbone: labels.backbone[r.backbone],
    tokenizer: `${words.kindShort[r.tokenizerKind]}${r.tokenizerName ? `: ${r.tokenizerName}` : ''}`,
  }));
}

/** Server-side order of the full table: by paper date, then method, own numbers first. */
export function tableOrder(rows: readonly CompareRow[]): CompareRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        a.r.date.localeCompare(b.r.date) ||
        a.r.method.localeCompare(b.r.method) ||
        a.r.provenance - b.r.provenance ||
        a.r.resolution - b.r.resolution ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}
