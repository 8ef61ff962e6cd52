/** A compare-table row for unit tests, with every field set; `patch` changes some. */
import type { CompareRow, MetricValues } from '../../src/lib/compare';
import { METRIC_KEYS } from '../../src/lib/benchmarks';

export function row(id: string, patch: Partial<CompareRow> = {}): CompareRow {
  const date = patch.date ?? '2024-06-17';
  return {
    ...(Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as MetricValues),
    id,
    benchmark: 'imagenet-cc',
    // The ranked metric: FID unless a test sets the score itself.
    score: patch.score ?? patch.fid ?? 2,
    model: id,
    method: 'mar',
    methodName: 'MAR',
    family: 'masked-random-order',
    contribution: 'generator',
    seed: true,
    release: 'paper',
    backbone: 'bidirectional-transformer',
    tokenizerKind: 'continuous',
    tokenizerName: null,
    params: 100,
    activeParams: null,
    prompts: null,
    promptMarker: null,
    rewriter: null,
    postTraining: null,
    rewardUsesBenchmark: null,
    fid: 2,
    is: null,
    precision: null,
    recall: null,
    steps: null,
    cfg: null,
    guidance: true,
    cfgSchedule: null,
    resolution: 256,
    genResolution: null,
    samples: null,
    evaluator: null,
    date,
    printed: date,
    reportedIn: 'mar',
    reportedInName: 'MAR',
    provenance: 0,
    sourceLabel: 's',
    sourceUrl: 'https://arxiv.org/abs/2406.11838',
    disagreesWith: [],
    note: null,
    ...patch,
  };
}
