/**
 * The order in which each family fills a token grid, as data: for token-by-token and set-by-set
 * orders the step at which every cell is generated, for next-scale prediction the grid of each
 * scale. The generation-order view draws these; the step counts are the number of sequential
 * forward passes each family needs.
 */
import { en } from '../i18n/en';

/** VAR's scale schedule at 256×256 (side of the token map at each step), from its paper and code. */
export const VAR_SCALES = [1, 2, 3, 4, 5, 6, 8, 10, 13, 16] as const;
/** MAR's default number of autoregressive steps (its headline results use 256). */
const MAR_STEPS = 64;
/** Side of the token grid: 256×256 pixels at downsampling 16. */
export const GRID = 16;

export type OrderKind = 'raster' | 'random-sets' | 'next-scale';

/** Raster order: cell i (row-major) is generated at step i + 1. */
export function rasterSteps(n = GRID): number[] {
  return Array.from({ length: n * n }, (_, i) => i + 1);
}

/** A small deterministic PRNG (mulberry32), so that the random order is the same on every build. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * MAR's order: a random permutation of the cells, generated in `steps` sets whose sizes follow its
 * cosine masking schedule (the masked fraction after step k is cos(π/2 · k/steps)); every step
 * generates at least one token. Returns the step (1-based) of every cell.
 */
export function maskedSteps(n = GRID, steps = MAR_STEPS, seed = 1): number[] {
  const total = n * n;
  const rand = mulberry32(seed);
  const order = Array.from({ length: total }, (_, i) => i);
  for (let i = total - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const stepOf = new Array<number>(total).fill(0);
  let masked = total;
  let next = 0;
  for (let k = 1; k <= steps; k++) {
    const target = k === steps ? 0 : Math.floor(total * Math.cos((Math.PI / 2) * (k / steps)));
    const stillMasked = Math.max(steps - k, Math.min(masked - 1, target)); // at least one token for each step left
    for (let c = 0; c < masked - stillMasked; c++) stepOf[order[next++]] = k;
    masked = stillMasked;
  }
  return stepOf;
}

/** The number of sequential steps an order needs for an n×n grid. */
export function stepCount(kind: OrderKind, n = GRID): number {
  if (kind === 'raster') return n * n;
  if (kind === 'random-sets') return MAR_STEPS;
  return VAR_SCALES.length;
}

/** Tokens generated in total by next-scale prediction (the sum of the maps' areas). */
export const scaleTokens = (scales: readonly number[] = VAR_SCALES) => scales.reduce((s, k) => s + k * k, 0);

/** An SVG path of unit squares for the given cells of an n×n grid (row-major indices). */
function cellsPath(cells: readonly number[], n = GRID): string {
  return cells.map((i) => `M${i % n} ${Math.floor(i / n)}h1v1h-1z`).join('');
}

/** An SVG path of the lines of an s×s grid drawn over an n×n area (for one scale of next-scale prediction). */
function scaleGridPath(s: number, n = GRID): string {
  const step = n / s;
  const parts: string[] = [];
  for (let i = 0; i <= s; i++) {
    const p = Number((i * step).toFixed(3));
    parts.push(`M${p} 0V${n}`, `M0 ${p}H${n}`);
  }
  return parts.join('');
}

/** The view model: one entry per family shown by the view. */
export interface OrderView {
  kind: OrderKind;
  /** Short label, e.g. "Raster next-token (LlamaGen, AiM)". */
  label: string;
  steps: number;
  /** For raster and random sets: the step of each cell; empty for next-scale. */
  cellSteps: number[];
  /** Static frames for readers without JavaScript: the step shown and its SVG path. */
  frames: Array<{ step: number; path: string }>;
}

/** The English names; each edition's are in its dictionary (src/i18n/). */
const LABELS: Record<OrderKind, string> = en.order.kinds;

/** Everything the view draws for one order. */
export function orderView(kind: OrderKind, n = GRID): OrderView {
  const steps = stepCount(kind, n);
  if (kind === 'next-scale') {
    return {
      kind,
      label: LABELS[kind],
      steps,
      cellSteps: [],
      frames: VAR_SCALES.map((s, i) => ({ step: i + 1, path: scaleGridPath(s, n) })),
    };
  }
  const cellSteps = kind === 'raster' ? rasterSteps(n) : maskedSteps(n);
  const frameSteps = [1, 2, 3, 4].map((q) => Math.round((steps * q) / 4));
  return {
    kind,
    label: LABELS[kind],
    steps,
    cellSteps,
    frames: frameSteps.map((step) => ({
      step,
      path: cellsPath(
        cellSteps.flatMap((s, i) => (s <= step ? [i] : [])),
        n,
      ),
    })),
  };
}

/** The order a paradigm generates in, where the view can show it. */
export function orderOfFamily(family: string): OrderKind | undefined {
  return ({ 'next-token': 'raster', 'masked-random-order': 'random-sets', 'next-scale': 'next-scale' } as const)[
    family as 'next-token' | 'masked-random-order' | 'next-scale'
  ];
}
