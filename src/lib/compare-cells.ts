/**
 * Display strings for the comparison table, with consistent decimals per column (enough for every
 * printed value). Kept apart from `compare.ts`, which also runs in the browser.
 */
import type { CompareRow } from './compare';
import { formatParams } from './results';
import { METRIC_KEYS, metricsOf, type MetricKey } from './benchmarks';
import { formatMetrics } from './metric-cells';
import { vocabLabels } from '../i18n/vocab-labels';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Locale } from '../i18n/locales';

export interface CompareCells {
  params?: string | undefined;
  /** The row's metrics, formatted per column (see metric-cells.ts); a metric not printed is absent. */
  metrics: Partial<Record<MetricKey, string>>;
  steps?: string | undefined;
  cfg?: string | undefined;
  resolution: string;
  family: string;
  backbone: string;
  tokenizer: string;
  /** A text-to-image row's prompt handling: "rewritten prompts (GPT-4V) †"; absent on a class-to-image row. */
  prompts?: string | undefined;
  /** A text-to-image row's post-training, with whether its reward used the benchmark's evaluator; absent where not stated. */
  postTraining?: string | undefined;
}

/** "rewritten prompts (GPT-4V) †": the handling, who rewrote them and the printed mark. */
function promptText(r: CompareRow, locale: Locale): string | undefined {
  if (r.prompts === null) return undefined;
  const label = vocabLabels(locale).prompt[r.prompts];
  const p = DICTIONARIES[locale].punct;
  return `${label}${r.rewriter ? `${p.open}${r.rewriter}${p.close}` : ''}${r.promptMarker ? ` ${r.promptMarker}` : ''}`;
}

/** "reinforcement learning (reward: the benchmark's own evaluator)", or the post-training alone. */
function postTrainingText(r: CompareRow, locale: Locale): string | undefined {
  if (r.postTraining === null) return undefined;
  const t = DICTIONARIES[locale];
  const label = vocabLabels(locale).postTraining[r.postTraining];
  const reward = r.rewardUsesBenchmark === null ? undefined : t.table.reward[r.rewardUsesBenchmark];
  return reward ? `${label}${t.punct.open}${reward}${t.punct.close}` : label;
}

/** "256", or "384 → 256" when generated at another resolution than evaluated; empty where the benchmark has none. */
export function resolutionText(resolution: number | null, generated: number | null): string {
  if (resolution === null) return generated === null ? '' : String(generated);
  return generated && generated !== resolution ? `${generated} → ${resolution}` : String(resolution);
}

/** Formatted cells for each row, in the same order. */
export function compareCells(rows: readonly CompareRow[], locale: Locale = 'en'): CompareCells[] {
  const labels = vocabLabels(locale);
  const words = DICTIONARIES[locale].tokenizer;
  const p = DICTIONARIES[locale].punct;
  const keys = METRIC_KEYS.filter((k) => rows.some((r) => metricsOf(r.benchmark).includes(k)));
  const metrics = formatMetrics(rows, keys);
  return rows.map((r, i) => ({
    params: formatParams(r.params ?? undefined),
    metrics: metrics[i],
    steps: r.steps === null ? undefined : String(r.steps),
    cfg: r.cfg === null ? (r.guidance ? DICTIONARIES[locale].table.yes : undefined) : String(r.cfg),
    resolution: resolutionText(r.resolution, r.genResolution),
    family: labels.family[r.family],
    backbone: labels.backbone[r.backbone],
    tokenizer: `${words.kindShort[r.tokenizerKind]}${r.tokenizerName ? `${p.colon}${p.space}${r.tokenizerName}` : ''}`,
    prompts: promptText(r, locale),
    postTraining: postTrainingText(r, locale),
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
        (a.r.resolution ?? 0) - (b.r.resolution ?? 0) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}
