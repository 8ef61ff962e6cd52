/**
 * The metric columns of a results table, from the registry: which metrics a benchmark's tables show,
 * in which order, with their header words in the page's language, and each row's values formatted
 * with one number of decimals per column (enough for every printed value, at least the metric's own).
 */
import { boardMetricsOf, metric, metricsOf, type BenchmarkId, type MetricKey } from './benchmarks';
import { columnDecimals, formatNumber } from './results';
import type { Locale } from '../i18n/locales';

export interface MetricColumn {
  key: MetricKey;
  /** The header, e.g. "FID" or "精确率". */
  label: string;
  /** What it is and which way is better, for the header's tooltip, where the registry gives one. */
  title?: string | undefined;
}

/** The columns of a benchmark's metrics (all of them, or `board`: those a leaderboard shows), the ranked one first. */
export function metricColumns(benchmark: BenchmarkId, locale: Locale = 'en', board = false): MetricColumn[] {
  return (board ? boardMetricsOf(benchmark) : metricsOf(benchmark)).map((key) => {
    const m = metric(key);
    return { key, label: (m.column ?? m.label)[locale], title: m.title?.[locale] };
  });
}

/** Each row's metrics as display strings; a metric a row does not print is absent. */
export function formatMetrics(
  rows: ReadonlyArray<Partial<Record<MetricKey, number | null>>>,
  keys: readonly MetricKey[],
): Array<Partial<Record<MetricKey, string>>> {
  const decimals = Object.fromEntries(
    keys.map((k) => [
      k,
      columnDecimals(
        rows.map((r) => r[k] ?? undefined),
        metric(k).decimals,
      ),
    ]),
  ) as Record<MetricKey, number>;
  return rows.map((r) =>
    Object.fromEntries(
      keys.flatMap((k) => {
        const v = formatNumber(r[k] ?? undefined, decimals[k]);
        return v === undefined ? [] : [[k, v]];
      }),
    ),
  );
}
