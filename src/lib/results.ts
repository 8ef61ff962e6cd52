/**
 * Shaping results rows for tables: flatten the per-method files, order rows, format numbers
 * and describe sources. Pure functions over validated data.
 */
import type { ResultRow, RowData, Source } from './types';
import { en, type Dictionary } from '../i18n/en';
import { groupedBy } from './lookup';

const methodOf = (r: ResultRow) => r.method;

/** Flattens results files ({ method, rows }) into one list of rows, each carrying its method. */
export function flattenResults(files: ReadonlyArray<{ method: string; rows: readonly RowData[] }>): ResultRow[] {
  return files.flatMap((f) => f.rows.map((r) => ({ ...r, method: f.method })));
}

/** Reading order of sources for a method: its own paper (0), its own repository (1), other papers (2). */
export function provenanceRank(r: ResultRow, slug: string): number {
  if (r.reported_in !== slug) return 2;
  return r.source.repo ? 1 : 0;
}

/**
 * The rows of one method, ordered for reading: numbers from the method's own paper first, then
 * its repository, then other papers' tables; within each, by evaluated resolution, without guidance
 * before with, then by size.
 */
export function rowsOfMethod(rows: readonly ResultRow[], slug: string): ResultRow[] {
  return (groupedBy(rows, methodOf).get(slug) ?? [])
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        provenanceRank(a.r, slug) - provenanceRank(b.r, slug) ||
        (a.r.resolution ?? 0) - (b.r.resolution ?? 0) ||
        Number(a.r.sampling.guidance === true) - Number(b.r.sampling.guidance === true) ||
        (a.r.params_m ?? Infinity) - (b.r.params_m ?? Infinity) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** Number of decimals a value was written with (3.50 is stored as 3.5: 1 decimal). */
export function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

/** Decimals for a column: enough for every value in it, at least `min`. */
export function columnDecimals(values: ReadonlyArray<number | undefined>, min: number): number {
  return values.reduce<number>((d, v) => (v === undefined ? d : Math.max(d, decimalsOf(v))), min);
}

/** A number with fixed decimals, or undefined when missing. */
export function formatNumber(v: number | undefined, decimals: number): string | undefined {
  return v === undefined ? undefined : v.toFixed(decimals);
}

/** Parameters in millions as a reader expects them: 111M, 1.4B, 3.1B. */
export function formatParams(m: number | undefined): string | undefined {
  if (m === undefined) return undefined;
  if (m >= 1000) return `${Number((m / 1000).toFixed(2))}B`;
  return `${Number(m.toFixed(1))}M`;
}

/** A short label for a source: "arXiv 2406.11838v1, Table 6" or "LTH14/mar README.md @ fe470ac". */
export function sourceLabel(s: Source): string {
  if (s.repo) return `${s.repo} ${s.file}${s.table ? `, ${s.table}` : ''} @ ${s.commit?.slice(0, 7)}`;
  const v = s.version === 'camera-ready' ? ' (camera-ready)' : s.version;
  return `arXiv ${s.arxiv}${v}, ${s.table}`;
}

/**
 * A link to a source: the arXiv abstract of that version, or the file at that commit. A file path is
 * written as it is in the repository ("assets/images/quantitative result.png"); each of its segments
 * is percent-encoded here, since a space or a "#" is not allowed in a link as it stands.
 */
export function sourceUrl(s: Source): string {
  if (s.url) return s.url;
  if (s.repo) {
    const path = (s.file ?? '').split('/').map(encodeURIComponent).join('/');
    return `https://github.com/${s.repo}/blob/${s.commit}/${path}`;
  }
  const v = s.version && s.version !== 'camera-ready' ? s.version : '';
  return `https://arxiv.org/abs/${s.arxiv}${v}`;
}

/** A short label for the sampling setting: "CFG 1.75 (linear), 256 steps" or "no guidance". */
export function samplingLabel(r: Pick<RowData, 'sampling'>, words: Dictionary['sampling'] = en.sampling): string {
  const s = r.sampling;
  const parts: string[] = [];
  if (s.guidance === false) parts.push(words.none);
  else if (s.cfg !== undefined)
    parts.push(`CFG ${s.cfg}${s.cfg_schedule ? words.schedule(words.schedules[s.cfg_schedule]) : ''}`);
  else if (s.guidance === true) parts.push(words.unstated);
  if (s.steps !== undefined) parts.push(words.steps(s.steps));
  if (s.top_k !== undefined) parts.push(`top-k ${s.top_k}`);
  if (s.top_p !== undefined) parts.push(`top-p ${s.top_p}`);
  if (s.temperature !== undefined) parts.push(`T ${s.temperature}`);
  if (s.acceptance_rate !== undefined) parts.push(words.rejection(s.acceptance_rate));
  return parts.join(words.sep) || words.notStated;
}
