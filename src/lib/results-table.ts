/**
 * The view model of a results table: every cell already formatted, so that the component
 * only renders. Missing values are `undefined` and render as a labelled dash.
 */
import type { ResultRow } from './types';
import { en, type Dictionary } from '../i18n/en';
import { columnDecimals, formatNumber, formatParams, samplingLabel, sourceLabel, sourceUrl } from './results';

export interface ResultCell {
  id: string;
  model: string;
  params?: string;
  /** "256" or "384 → 256" when generated at another resolution. */
  resolution: string;
  fid: string;
  is?: string;
  precision?: string;
  recall?: string;
  sampling: string;
  guidance?: boolean;
  reportedIn: { slug: string; name: string };
  source: { label: string; url: string };
  note?: string;
  /** Rows printing another number for the same model and setting. */
  disagreements: Array<{ id: string; label: string }>;
}

/**
 * Formats rows for a table. `nameOf` turns a method slug into its short name.
 * Decimals are per column: enough for every printed value (3.805 keeps three), at least two for
 * FID/precision/recall and one for IS.
 */
/** `words`: the sampling setting's words in the page's language (English by default). */
export function toResultCells(
  rows: readonly ResultRow[],
  nameOf: (slug: string) => string,
  all: readonly ResultRow[] = rows,
  words: Dictionary['sampling'] = en.sampling,
): ResultCell[] {
  const dFid = columnDecimals(
    rows.map((r) => r.metrics.fid),
    2,
  );
  const dIs = columnDecimals(
    rows.map((r) => r.metrics.is),
    1,
  );
  const dPr = columnDecimals(
    rows.flatMap((r) => [r.metrics.precision, r.metrics.recall]),
    2,
  );
  const byId = new Map(all.map((r) => [r.id, r]));
  return rows.map((r) => ({
    id: r.id,
    model: r.model,
    params: formatParams(r.params_m),
    resolution:
      r.gen_resolution && r.gen_resolution !== r.resolution
        ? `${r.gen_resolution} → ${r.resolution}`
        : String(r.resolution),
    fid: formatNumber(r.metrics.fid, dFid) as string,
    is: formatNumber(r.metrics.is, dIs),
    precision: formatNumber(r.metrics.precision, dPr),
    recall: formatNumber(r.metrics.recall, dPr),
    sampling: samplingLabel(r, words),
    guidance: r.sampling.guidance,
    reportedIn: { slug: r.reported_in, name: nameOf(r.reported_in) },
    source: { label: sourceLabel(r.source), url: sourceUrl(r.source) },
    note: r.note,
    disagreements: r.disagrees_with.map((id) => {
      const other = byId.get(id);
      return { id, label: other ? `${other.model}: FID ${other.metrics.fid} (${sourceLabel(other.source)})` : id };
    }),
  }));
}
