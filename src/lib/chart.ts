/**
 * The quality charts, computed at build time: a benchmark's ranked metric against parameters or
 * against sequential forward passes (both log scales; the metric on the scale its registry entry
 * gives). Which points are comparable, where each mark goes, the axis ticks, the Pareto front (in the
 * metric's direction), and which marks carry a label. The component only draws what this returns.
 */
import type { CompareRow } from './compare';
import { ownRows, usesGuidance } from './compare';
import { paretoFront } from './pareto';
import type { Family, TokenizerKind } from './vocab';
import { around, placeLabels, type PlacedLabel } from './labels';
import { NARROW_CHART } from './chart-sizes';
import { isBetter, metric, primaryMetric, type BenchmarkId, type MetricKey } from './benchmarks';

export interface ChartPoint {
  id: string;
  model: string;
  method: string;
  methodName: string;
  family: Family;
  tokenizerKind: TokenizerKind;
  /** Parameters in millions, where printed. */
  params: number | null;
  /** Sequential forward passes to make one image, where printed. */
  steps: number | null;
  /** Whether the point's method is one of the survey's seed (core) methods. */
  seed: boolean;
  /** The value of the ranked metric. */
  score: number;
}

/** What a chart's horizontal axis measures. */
export type ChartAxis = 'params' | 'steps';

const point = (r: CompareRow): ChartPoint => ({
  id: r.id,
  model: r.model,
  method: r.method,
  methodName: r.methodName,
  family: r.family,
  tokenizerKind: r.tokenizerKind,
  // A mixture of experts is placed by the parameters active per token.
  params: r.activeParams ?? r.params,
  steps: r.steps,
  seed: r.seed,
  score: r.score,
});

/** The points of a leaderboard: its rows are already one per model. */
export const boardPoints = (rows: readonly CompareRow[]): ChartPoint[] => rows.map(point);

/**
 * Comparable points: the method's own rows of one benchmark, evaluated at `resolution` (ImageNet 256
 * by default), with guidance and a parameter count; one point per model (method and size), keeping
 * its best score.
 */
export function chartPoints(
  rows: readonly CompareRow[],
  benchmark: BenchmarkId = 'imagenet-cc',
  resolution: number | null = 256,
): ChartPoint[] {
  const m = primaryMetric(benchmark);
  const best = new Map<string, CompareRow>();
  for (const r of ownRows(rows, m)) {
    if (r.benchmark !== benchmark || r.resolution !== resolution || usesGuidance(r) !== true || r.params === null)
      continue;
    const key = `${r.method}|${r.params}`;
    const cur = best.get(key);
    if (!cur || isBetter(m, r.score, cur.score)) best.set(key, r);
  }
  return [...best.values()].map(point);
}

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Font size of the chart's text, in SVG units (the component sets it). */
  fontSize: number;
  axis: ChartAxis;
  /** The metric on the vertical axis. */
  metric: MetricKey;
  /**
   * Every point with a value on the axis. Labels go, where one fits without covering another label
   * or a mark (see labels.ts), first to the Pareto front, then to each seed method's best model, then
   * to the best model of each family.
   */
  marks: Array<ChartPoint & { x: number; cx: number; cy: number; onFront: boolean; label: PlacedLabel | null }>;
  xTicks: Tick[];
  yTicks: Tick[];
  /** SVG path through the Pareto front, left to right. */
  frontPath: string;
}

/** Half the size of a mark (the component draws circles of this radius, squares and triangles about as large). */
export const MARK_RADIUS = 7;

const paramsLabel = (m: number) => (m >= 1000 ? `${m / 1000}B` : `${m}M`);

/** Ticks at 1, 2 and 5 times powers of ten inside [lo, hi] (in millions). */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo && v <= hi) out.push(v);
    }
  return out;
}

/** Candidate ticks of a metric axis on a log scale. */
const LOG_TICKS = [1, 1.5, 2, 3, 5, 10, 20, 50, 100];

/** A metric's axis: its ticks, and where a value lies on it (0 at the bottom, 1 at the top). */
export interface Scale {
  ticks: number[];
  at: (v: number) => number;
}

/**
 * A metric's axis, scaled as the registry says. On a log scale (FIDs of 1.2 and 12 on one chart: a
 * linear axis would crush the leaders into one line) the domain is padded in log10 units; on a linear
 * scale it is padded by a tenth of the range, within the metric's bounds. Lower values are lower on
 * the chart either way, so a higher-is-better metric has its leaders at the top.
 */
export function metricScale(m: MetricKey, values: readonly number[]): Scale {
  if (metric(m).scale === 'log') {
    const lo = Math.log10(Math.max(0.5, Math.min(1, ...values) * 0.8));
    const hi = Math.log10(Math.max(2, ...values) * 1.15);
    return {
      ticks: LOG_TICKS.filter((v) => Math.log10(v) >= lo && Math.log10(v) <= hi),
      at: (v) => (Math.log10(v) - lo) / (hi - lo),
    };
  }
  const { min, max } = metric(m);
  const vLo = values.length ? Math.min(...values) : min;
  const vHi = values.length ? Math.max(...values) : max;
  const pad = (vHi - vLo || Math.abs(vHi) || 1) / 10;
  const lo = Math.max(min, vLo - pad);
  const hi = Math.min(max, vHi + pad);
  const step = niceStep((hi - lo) / 5);
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Number(v.toFixed(6)));
  return { ticks, at: (v) => (v - lo) / (hi - lo) };
}

/** A round tick step (1, 2 or 5 times a power of ten) close to `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

/**
 * Positions every point in a `width` × `height` SVG whose text is `fontSize` units high. A narrow
 * layout (a phone's width) gets fewer axis ticks and fewer labels, never smaller text.
 */
export function layoutChart(
  points: readonly ChartPoint[],
  width = 720,
  height = 420,
  fontSize = 12,
  axis: ChartAxis = 'params',
  metricKey: MetricKey = 'fid',
): ChartLayout {
  const plot = { left: 56, top: 16, right: width - 16, bottom: height - 48 };
  const pts = points.flatMap((p) => (p[axis] === null ? [] : [{ ...p, x: p[axis] }]));
  const xs = pts.map((p) => p.x);
  const xLo = xs.length ? 10 ** Math.floor(Math.log10(Math.min(...xs))) : 100;
  // One decade at least: when every point has the same power-of-ten size, xLo would equal xHi.
  const xHi = Math.max(xs.length ? 10 ** Math.ceil(Math.log10(Math.max(...xs))) : 10000, xLo * 10);
  const fy = metricScale(
    metricKey,
    pts.map((p) => p.score),
  );
  const x = (v: number) =>
    plot.left + ((Math.log10(v) - Math.log10(xLo)) / (Math.log10(xHi) - Math.log10(xLo))) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - fy.at(v) * (plot.bottom - plot.top);
  // The front minimises both coordinates: a higher-is-better score enters negated.
  const sign = metric(metricKey).better === 'lower' ? 1 : -1;
  const front = new Set(paretoFront(pts.map((p) => ({ ...p, y: sign * p.score }))).map((p) => p.id));
  const placed = pts.map((p) => ({ ...p, cx: round(x(p.x)), cy: round(y(p.score)), onFront: front.has(p.id) }));
  const frontMarks = placed.filter((m) => m.onFront).sort((a, b) => a.cx - b.cx);
  const wanted = [
    ...new Set([
      ...frontMarks,
      ...bestBy(
        placed.filter((m) => m.seed),
        (m) => m.method,
        metricKey,
      ),
      ...bestBy(placed, (m) => m.family, metricKey),
    ]),
  ];
  const labels = placeLabels(
    wanted.map((m) => ({ x: m.cx, y: m.cy, text: m.model })),
    { left: plot.left, top: 0, right: width, bottom: plot.bottom },
    fontSize,
    placed.map((m) => around(m.cx, m.cy, MARK_RADIUS + 1)),
  );
  const labelOf = new Map(wanted.map((m, i) => [m.id, labels[i]]));
  return {
    width,
    height,
    plot,
    fontSize,
    axis,
    metric: metricKey,
    marks: placed.map((m) => ({ ...m, label: labelOf.get(m.id) ?? null })),
    xTicks: spaced(
      logTicks(xLo, xHi).map((v) => ({
        value: v,
        pos: round(x(v)),
        label: axis === 'params' ? paramsLabel(v) : String(v),
      })),
      fontSize * 3.5,
    ),
    yTicks: fy.ticks.map((v) => ({ value: v, pos: round(y(v)), label: String(v) })),
    frontPath: frontMarks.map((m, i) => `${i ? 'L' : 'M'}${m.cx},${m.cy}`).join(' '),
  };
}

/** The best-scoring mark of each group, in the order the groups first appear. */
function bestBy<T extends { score: number }>(marks: readonly T[], group: (m: T) => string, key: MetricKey): T[] {
  const best = new Map<string, T>();
  for (const m of marks) {
    const cur = best.get(group(m));
    if (!cur || isBetter(key, m.score, cur.score)) best.set(group(m), m);
  }
  return [...best.values()];
}

/** A chart at the page's width (`layout`) and at a phone's (`narrow`); the component shows one of the two. */
export interface ChartPair {
  layout: ChartLayout;
  narrow: ChartLayout;
}

/** Lays out the same points at `size` and at the narrow size of chart-sizes.ts. */
export function chartPair(
  points: readonly ChartPoint[],
  axis: ChartAxis = 'params',
  size = { width: 720, height: 420 },
  metricKey: MetricKey = 'fid',
): ChartPair {
  return {
    layout: layoutChart(points, size.width, size.height, 12, axis, metricKey),
    narrow: layoutChart(points, NARROW_CHART.width, NARROW_CHART.height, 12, axis, metricKey),
  };
}

/** Keeps ticks at least `gap` apart, preferring powers of ten (1, 10, 100, ...) over 2s and 5s. */
export function spaced(ticks: readonly Tick[], gap: number): Tick[] {
  const decade = (t: Tick) => Number.isInteger(Math.log10(t.value));
  const keep = ticks.filter(decade);
  for (const t of ticks.filter((t) => !decade(t))) if (keep.every((k) => Math.abs(k.pos - t.pos) >= gap)) keep.push(t);
  return keep.sort((a, b) => a.pos - b.pos);
}

const round = (v: number) => Math.round(v * 10) / 10;
