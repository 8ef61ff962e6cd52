/**
 * The FID-against-parameters chart, computed at build time: which points are comparable, where
 * each mark goes (log-scale parameters, linear FID), the axis ticks and the Pareto front.
 * The component only draws what this returns.
 */
import type { CompareRow } from './compare';
import { ownRows, usesGuidance } from './compare';
import { paretoFront } from './pareto';
import type { Family, TokenizerKind } from './vocab';

export interface ChartPoint {
  id: string;
  model: string;
  method: string;
  methodName: string;
  family: Family;
  tokenizerKind: TokenizerKind;
  /** Parameters in millions. */
  params: number;
  fid: number;
}

/** What the default chart shows, stated on the chart itself. */
export const CHART_SCOPE =
  'ImageNet 256×256, class-conditional, with guidance; one point per model (its best FID), numbers from the method’s own paper or repository.';

/**
 * Comparable points: the method's own rows, evaluated at 256, with guidance and a parameter count;
 * one point per model (method and size), keeping its lowest FID.
 */
export function chartPoints(rows: readonly CompareRow[]): ChartPoint[] {
  const best = new Map<string, CompareRow>();
  for (const r of ownRows(rows)) {
    if (r.resolution !== 256 || usesGuidance(r) !== true || r.params === null) continue;
    const key = `${r.method}|${r.params}`;
    const cur = best.get(key);
    if (!cur || r.fid < cur.fid) best.set(key, r);
  }
  return [...best.values()].map((r) => ({
    id: r.id,
    model: r.model,
    method: r.method,
    methodName: r.methodName,
    family: r.family,
    tokenizerKind: r.tokenizerKind,
    params: r.params as number,
    fid: r.fid,
  }));
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
  /** Label offsets alternate above and below along the front so that neighbouring labels do not overlap. */
  marks: Array<ChartPoint & { cx: number; cy: number; onFront: boolean; labelDx: number; labelDy: number }>;
  xTicks: Tick[];
  yTicks: Tick[];
  /** SVG path through the Pareto front, left to right. */
  frontPath: string;
}

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

/** Evenly spaced "nice" ticks from 0 to at least `max`. */
export function linearTicks(max: number, count = 5): number[] {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(Number(v.toFixed(6)));
  if (out[out.length - 1] < max) out.push(Number((out[out.length - 1] + step).toFixed(6)));
  return out;
}

/** Positions every point in a `width` × `height` SVG. */
export function layoutChart(points: readonly ChartPoint[], width = 720, height = 420): ChartLayout {
  const plot = { left: 56, top: 16, right: width - 16, bottom: height - 48 };
  const ps = points.map((p) => p.params);
  const xLo = ps.length ? 10 ** Math.floor(Math.log10(Math.min(...ps))) : 100;
  // One decade at least: when every point has the same power-of-ten size, xLo would equal xHi.
  const xHi = Math.max(ps.length ? 10 ** Math.ceil(Math.log10(Math.max(...ps))) : 10000, xLo * 10);
  const yTicksV = linearTicks(points.length ? Math.max(...points.map((p) => p.fid)) : 10);
  const yHi = yTicksV[yTicksV.length - 1];
  const x = (v: number) => plot.left + ((Math.log10(v) - Math.log10(xLo)) / (Math.log10(xHi) - Math.log10(xLo))) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - (v / yHi) * (plot.bottom - plot.top);
  const front = new Set(paretoFront(points.map((p) => ({ ...p, x: p.params, y: p.fid }))).map((p) => p.id));
  const frontOrder = points.filter((p) => front.has(p.id)).sort((a, b) => a.params - b.params).map((p) => p.id);
  const marks = points.map((p) => {
    const k = frontOrder.indexOf(p.id);
    return { ...p, cx: round(x(p.params)), cy: round(y(p.fid)), onFront: k >= 0, labelDx: 9, labelDy: k % 2 === 1 ? 18 : -8 };
  });
  const frontMarks = marks.filter((m) => m.onFront).sort((a, b) => a.cx - b.cx);
  return {
    width,
    height,
    plot,
    marks,
    xTicks: logTicks(xLo, xHi).map((v) => ({ value: v, pos: round(x(v)), label: paramsLabel(v) })),
    yTicks: yTicksV.map((v) => ({ value: v, pos: round(y(v)), label: String(v) })),
    frontPath: frontMarks.map((m, i) => `${i ? 'L' : 'M'}${m.cx},${m.cy}`).join(' '),
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
