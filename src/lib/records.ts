/**
 * Autoregression against diffusion over time: the best FID to date on each side, by the date the
 * number was printed (the version of the paper that was read, or its first version: `CompareRow.printed`),
 * and the dates where the lead changed. Computed at build time from the
 * methods' own published numbers under one board's setting (see board.ts), the rows that board ranks.
 *
 * A paper dated only to its month is never ordered against another paper of that month by a day:
 * in such a month every record is dated to the month, so the two count as simultaneous.
 */
import { around, placeLabels, type PlacedLabel } from './labels';
import type { CompareRow } from './compare';
import { metricScale } from './chart';
import { compareScores, isBetter, type MetricKey } from './benchmarks';
import { dateOnAxis, paperDateKey, paperDateOfIso, undatedMonths } from './dates';

export type Side = 'autoregressive' | 'diffusion';

/** One step of a side's best FID to date. */
export interface BestSoFar {
  /** YYYY-MM-DD, or YYYY-MM where a paper of that month is dated only to the month. */
  date: string;
  /** The value of the ranked metric. */
  score: number;
  model: string;
  method: string;
  methodName: string;
}

export interface Crossing {
  date: string;
  /** The side that leads from this date. */
  leader: Side;
  record: BestSoFar;
  /** The other side's best score at that date. */
  otherScore: number;
}

/** Which side a row's method is on, or undefined (GANs and others are on neither). */
export function sideOf(r: Pick<CompareRow, 'family'>): Side | undefined {
  if (r.family === 'diffusion') return 'diffusion';
  if (r.family === 'gan') return undefined;
  return 'autoregressive';
}

/** The methods' own published numbers: what boards rank and records follow. */
const ownPublished = (r: CompareRow) => r.provenance < 2 && r.release === 'paper';

/** The default setting of the records: 256×256, any guidance. */
const at256 = (r: CompareRow) => r.resolution === 256;

/**
 * The successive best FIDs of one side among the rows `keep` selects (own published numbers only):
 * each entry improves on the one before, in date order.
 */
export function records(
  rows: readonly CompareRow[],
  side: Side,
  keep: (r: CompareRow) => boolean = at256,
  metric: MetricKey = 'fid',
): BestSoFar[] {
  const eligible = rows.filter((r) => ownPublished(r) && keep(r));
  const undated = undatedMonths(eligible.map((r) => paperDateOfIso(r.printed)));
  const dated = eligible
    .filter((r) => sideOf(r) === side)
    .map((r) => ({ r, date: paperDateKey(paperDateOfIso(r.printed), undated) }))
    .sort((a, b) => a.date.localeCompare(b.date) || compareScores(metric)(a.r.score, b.r.score));
  const out: BestSoFar[] = [];
  for (const { r, date } of dated) {
    const last = out[out.length - 1];
    if (last && last.date === date && isBetter(metric, r.score, last.score)) out.pop();
    if (!out.length || isBetter(metric, r.score, out[out.length - 1].score))
      out.push({ date, score: r.score, model: r.model, method: r.method, methodName: r.methodName });
  }
  return out;
}

/** The dates on which the side with the better best-so-far score changed (the first lead included). */
export function crossings(
  ar: readonly BestSoFar[],
  diffusion: readonly BestSoFar[],
  metric: MetricKey = 'fid',
): Crossing[] {
  const dates = [...new Set([...ar, ...diffusion].map((r) => r.date))].sort();
  const bestBy = (rs: readonly BestSoFar[], d: string) => [...rs].reverse().find((r) => r.date <= d);
  const out: Crossing[] = [];
  let leader: Side | undefined;
  for (const d of dates) {
    const a = bestBy(ar, d);
    const f = bestBy(diffusion, d);
    if (!a || !f) continue;
    const now: Side = isBetter(metric, a.score, f.score) ? 'autoregressive' : 'diffusion';
    if (now !== leader)
      out.push({
        date: d,
        leader: now,
        record: now === 'autoregressive' ? a : f,
        otherScore: now === 'autoregressive' ? f.score : a.score,
      });
    leader = now;
  }
  return out;
}

export interface TimeChart {
  /** The metric on the vertical axis. */
  metric: MetricKey;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  series: Array<{ side: Side; path: string; points: Array<BestSoFar & { x: number; y: number }> }>;
  /** Font size of the chart's text, in SVG units. */
  fontSize: number;
  /** Each change of lead with its point and, where one fits without overlap, its label (see labels.ts). */
  crossings: Array<Crossing & { x: number; y: number; text: string; label: PlacedLabel | null }>;
  xTicks: Array<{ label: string; pos: number }>;
  yTicks: Array<{ label: string; pos: number }>;
}

/** Where a date (a day, or a month drawn at its first day) lies on the time axis, in ms. */
const day = (s: string) => dateOnAxis(s).getTime();

/** Lays out the two step lines (the metric on its own scale) from the first record to `until` (YYYY-MM-DD). */
export function layoutTimeChart(
  ar: readonly BestSoFar[],
  diffusion: readonly BestSoFar[],
  until: string,
  width = 720,
  height = 360,
  fontSize = 12,
  metric: MetricKey = 'fid',
): TimeChart {
  const plot = { left: 56, top: 16, right: width - 24, bottom: height - 40 };
  const all = [...ar, ...diffusion];
  const t0 = all.length ? Math.min(...all.map((r) => day(r.date))) : day(until) - 365 * 864e5;
  const t1 = Math.max(day(until), t0 + 864e5);
  const scale = metricScale(
    metric,
    all.map((r) => r.score),
  );
  const x = (d: string) => Math.round((plot.left + ((day(d) - t0) / (t1 - t0)) * (plot.right - plot.left)) * 10) / 10;
  const y = (v: number) => Math.round((plot.bottom - scale.at(v) * (plot.bottom - plot.top)) * 10) / 10;
  const line = (rs: readonly BestSoFar[]) =>
    rs.length
      ? rs.map((r, i) => (i ? `H${x(r.date)}V${y(r.score)}` : `M${x(r.date)},${y(r.score)}`)).join('') +
        `H${plot.right}`
      : '';
  const years: number[] = [];
  for (let yv = new Date(t0).getUTCFullYear() + 1; day(`${yv}-01-01`) <= t1; yv++) years.push(yv);
  const cross = crossings(ar, diffusion, metric).map((c) => ({
    ...c,
    x: x(c.date),
    y: y(c.record.score),
    text: `${c.record.model} · ${c.date.slice(0, 7)}`,
  }));
  const labels = placeLabels(
    cross,
    { left: plot.left, top: 0, right: width, bottom: plot.bottom },
    fontSize,
    cross.map((c) => around(c.x, c.y, 6)),
  );
  return {
    metric,
    width,
    height,
    plot,
    fontSize,
    series: (
      [
        ['autoregressive', ar],
        ['diffusion', diffusion],
      ] as const
    ).map(([side, rs]) => ({ side, path: line(rs), points: rs.map((r) => ({ ...r, x: x(r.date), y: y(r.score) })) })),
    crossings: cross.map((c, i) => ({ ...c, label: labels[i] })),
    xTicks: years.map((yv) => ({ label: String(yv), pos: x(`${yv}-01-01`) })),
    yTicks: scale.ticks.map((v) => ({ label: String(v), pos: y(v) })),
  };
}
