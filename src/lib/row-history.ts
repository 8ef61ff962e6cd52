/**
 * A row's history: where a results file's commits changed one of a row's numbers or its source (a
 * correction, a paper's new version), with the commit's date and message. Pure: the versions of
 * each file come from src/data/row-history.ts, which reads them from git.
 */
import type { Change } from './history';
import { BENCHMARK_IDS, metric, metricsOf, type BenchmarkId, type MetricKey } from './benchmarks';

/** One change of one row: one of its metrics' values, or its source. */
export interface RowChange {
  /** Commit date, YYYY-MM-DD. */
  date: string;
  hash: string;
  subject: string;
  /** What changed: a metric's value or where the numbers are printed. */
  field: 'value' | 'source';
  /** The metric, for a value change. */
  metric?: MetricKey;
  /** The old and the new value or source, as text. */
  old: string;
  new: string;
}

/** One commit of one results file: the file as parsed before and after it (undefined where absent). */
export interface FileVersion {
  change: Change;
  before: unknown;
  after: unknown;
}

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rows of a parsed results file, by id; an unreadable file has none. */
function rowsOf(doc: unknown): Map<string, Row> {
  const rows = isObject(doc) && Array.isArray(doc.rows) ? doc.rows : [];
  return new Map(rows.filter(isObject).flatMap((r) => (typeof r.id === 'string' ? [[r.id, r] as const] : [])));
}

/** A row's benchmark: rows written before benchmarks were named are class-conditional ImageNet. */
const benchmarkOf = (r: Row): BenchmarkId =>
  typeof r.benchmark === 'string' && (BENCHMARK_IDS as readonly string[]).includes(r.benchmark)
    ? (r.benchmark as BenchmarkId)
    : 'imagenet-cc';

/** One of the row's numbers, wherever the file's layout of its time kept it. */
function valueOf(r: Row, k: MetricKey): number | undefined {
  const v = isObject(r.metrics) ? r.metrics[k] : r[k];
  return typeof v === 'number' ? v : undefined;
}

/** Where the number is printed, as text: "arXiv 2502.20388v2, Table 1" or "owner/repo@abc1234 README.md, Table". */
export function sourceText(s: unknown): string | undefined {
  if (!isObject(s)) return undefined;
  const table = typeof s.table === 'string' ? `, ${s.table}` : '';
  if (typeof s.arxiv === 'string') return `arXiv ${s.arxiv}${typeof s.version === 'string' ? s.version : ''}${table}`;
  if (typeof s.repo === 'string' && typeof s.commit === 'string')
    return `${s.repo}@${s.commit.slice(0, 7)} ${typeof s.file === 'string' ? s.file : ''}${table}`.trim();
  return undefined;
}

/**
 * The changes of every row across the versions given (any order), newest first per row. A row that
 * was added, removed or renamed has no change; a layout change that keeps the number and source is none.
 */
export function rowChanges(versions: readonly FileVersion[]): Map<string, RowChange[]> {
  const out = new Map<string, RowChange[]>();
  const add = (id: string, c: RowChange) => out.set(id, [...(out.get(id) ?? []), c]);
  for (const { change, before, after } of versions) {
    const old = rowsOf(before);
    for (const [id, now] of rowsOf(after)) {
      const was = old.get(id);
      if (!was) continue;
      const meta = { date: change.date, hash: change.hash, subject: change.subject };
      for (const k of metricsOf(benchmarkOf(now))) {
        const [a, b] = [valueOf(was, k), valueOf(now, k)];
        if (a !== undefined && b !== undefined && a !== b)
          add(id, { ...meta, field: 'value', metric: k, old: String(a), new: String(b) });
      }
      const [sa, sb] = [sourceText(was.source), sourceText(now.source)];
      if (sa && sb && sa !== sb) add(id, { ...meta, field: 'source', old: sa, new: sb });
    }
  }
  for (const list of out.values()) list.sort((x, y) => y.date.localeCompare(x.date) || x.field.localeCompare(y.field));
  return out;
}

/** A change in one line of English, for the exports: "2026-12-06 FID 1.62 → 1.55 (abc1234: message)". */
export const changeLine = (c: RowChange): string =>
  `${c.date} ${c.field === 'value' ? `${metric(c.metric!).label.en} ${c.old} → ${c.new}` : `source ${c.old} → ${c.new}`} (${c.hash.slice(0, 7)}: ${c.subject})`;
