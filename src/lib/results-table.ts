/**
 * The view model of a results table: every cell already formatted, so that the component
 * only renders. Missing values are `undefined` and render as a labelled dash.
 */
import type { ResultRow } from './types';
import { en, type Dictionary } from '../i18n/en';
import { formatParams, samplingLabel, sourceLabel, sourceUrl } from './results';
import { METRIC_KEYS, metric, metricsOf, primaryMetric, type MetricKey } from './benchmarks';
import { formatMetrics } from './metric-cells';
import { resolutionText } from './compare-cells';
import { lookUp } from './lookup';

const idOf = (r: ResultRow) => r.id;

export interface ResultCell {
  id: string;
  model: string;
  params?: string | undefined;
  /** "256" or "384 → 256" when generated at another resolution. */
  resolution: string;
  /** The row's metrics, formatted per column; a metric not printed is absent. */
  metrics: Partial<Record<MetricKey, string>>;
  sampling: string;
  guidance?: boolean | undefined;
  reportedIn: { slug: string; name: string };
  source: { label: string; url: string };
  note?: string | undefined;
  /** Rows printing another number for the same model and setting. */
  disagreements: Array<{ id: string; label: string }>;
}

/**
 * Formats rows of one benchmark for a table. `nameOf` turns a method slug into its short name.
 * Decimals are per column: enough for every printed value (3.805 keeps three), at least the metric's own.
 * `words`: the sampling setting's words in the page's language (English by default); `punct`: its punctuation,
 * which joins another source's label ("VAR-d30: FID 1.97 (arXiv 2404.02905v1, Table 1)").
 */
export function toResultCells(
  rows: readonly ResultRow[],
  nameOf: (slug: string) => string,
  all: readonly ResultRow[] = rows,
  words: Dictionary['sampling'] = en.sampling,
  punct: Dictionary['punct'] = en.punct,
): ResultCell[] {
  const keys = METRIC_KEYS.filter((k) => rows.some((r) => metricsOf(r.benchmark).includes(k)));
  const metrics = formatMetrics(
    rows.map((r) => r.metrics),
    keys,
  );
  const shown = (r: ResultRow) => {
    const k = primaryMetric(r.benchmark);
    return `${metric(k).label.en} ${r.metrics[k]}`;
  };
  return rows.map((r, i) => ({
    id: r.id,
    model: r.model,
    params: formatParams(r.params_m),
    resolution: resolutionText(r.resolution ?? null, r.gen_resolution ?? null),
    metrics: metrics[i],
    sampling: samplingLabel(r, words),
    guidance: r.sampling.guidance,
    reportedIn: { slug: r.reported_in, name: nameOf(r.reported_in) },
    source: { label: sourceLabel(r.source), url: sourceUrl(r.source) },
    note: r.note,
    disagreements: r.disagrees_with.map((id) => {
      const other = lookUp(all, idOf, id);
      const p = punct;
      return {
        id,
        label: other
          ? `${other.model}${p.colon}${p.space}${shown(other)}${p.open}${sourceLabel(other.source)}${p.close}`
          : id,
      };
    }),
  }));
}
