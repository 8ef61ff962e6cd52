/**
 * Leaderboards as data: a board is a benchmark, a setting (resolution, guidance) and its words. It
 * holds one row per model, its best score on the benchmark's ranked metric among the numbers its own
 * paper printed (not other papers' reprints, not later releases), ranked in that metric's direction.
 * "Every row", with every source, stays the compare table.
 */
import type { CompareRow } from './compare';
import { usesGuidance } from './compare';
import { BENCHMARK_IDS, benchmark, compareScores, primaryMetric, type BenchmarkId } from './benchmarks';
import { en } from '../i18n/en';
import type { Prompt } from './vocab';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Locale } from '../i18n/locales';

/** Which rows of a resolution a board holds: with guidance, without, or both. */
type GuidanceSetting = 'any' | 'with' | 'without';

export interface Board {
  slug: BoardSlug;
  /** Path from the site root. */
  path: string;
  /** Short name for the board switcher (English; each edition's is in its dictionary, `board.named`). */
  label: string;
  title: string;
  /** What the board holds, and what it leaves out, in a sentence or two. */
  holds: string;
  /** The benchmark its rows report; its first metric ranks them. */
  benchmark: BenchmarkId;
  /** The evaluated resolution of its rows, for a benchmark that has one. */
  resolution: number | null;
  guidance: GuidanceSetting;
  /** For a text-to-image board: the prompt handlings it ranks together (a board never mixes rewritten prompts with original ones). */
  prompts: readonly Prompt[] | null;
  keep: (r: CompareRow) => boolean;
}

/** A board named in the dictionaries (its words written there), or a benchmark's own board (its words from the registry). */
export type BoardSlug = keyof typeof en.board.named | BenchmarkId;

/** What a board says of itself in one language: its setting, switcher label, title and what it holds. */
export type BoardWords = { setting: string; label: string; title: string; holds: string };

/** A board's words in `locale`: the dictionary's for a named board, else built from its benchmark's registry entry. */
export function boardWords(board: Pick<Board, 'slug' | 'benchmark'>, locale: Locale = 'en'): BoardWords {
  const t = DICTIONARIES[locale].board;
  if (board.slug in t.named) return t.named[board.slug as keyof typeof t.named];
  const e = benchmark(board.benchmark);
  return t.derived(e.label[locale], e.holds?.[locale]);
}

/** A board of one benchmark, resolution and guidance setting, with its English words. */
function board(
  slug: BoardSlug,
  path: string,
  benchmark: BenchmarkId,
  resolution: number | null,
  guidance: GuidanceSetting,
  prompts: readonly Prompt[] | null = null,
): Board {
  return {
    slug,
    path,
    ...boardWords({ slug, benchmark }),
    benchmark,
    resolution,
    guidance,
    prompts,
    keep: (r) =>
      r.benchmark === benchmark &&
      (resolution === null || r.resolution === resolution) &&
      (guidance === 'any' || usesGuidance(r) === (guidance === 'with')) &&
      (prompts === null || (r.prompts !== null && prompts.includes(r.prompts))),
  };
}

/** The boards written out here, by benchmark; every other benchmark of the registry gets one board of its own. */
const NAMED_BOARDS: Partial<Record<BenchmarkId, Board[]>> = {
  'imagenet-cc': [
    board('all', '/leaderboard/', 'imagenet-cc', 256, 'any'),
    board('guidance', '/leaderboard/guidance/', 'imagenet-cc', 256, 'with'),
    board('no-guidance', '/leaderboard/no-guidance/', 'imagenet-cc', 256, 'without'),
    board('512', '/leaderboard/512/', 'imagenet-cc', 512, 'any'),
    board('512-guidance', '/leaderboard/512-guidance/', 'imagenet-cc', 512, 'with'),
    board('512-no-guidance', '/leaderboard/512-no-guidance/', 'imagenet-cc', 512, 'without'),
  ],
  geneval: [
    board('geneval', '/leaderboard/geneval/', 'geneval', null, 'any', ['original']),
    board('geneval-rewritten', '/leaderboard/geneval-rewritten/', 'geneval', null, 'any', [
      'rewritten',
      'self-reasoning',
    ]),
    board('geneval-unstated', '/leaderboard/geneval-unstated/', 'geneval', null, 'any', ['not-stated']),
  ],
  'dpg-bench': [board('dpg-bench', '/leaderboard/dpg-bench/', 'dpg-bench', null, 'any', ['original', 'not-stated'])],
};

/** The boards, in the switcher's order: the first is the default board (`/leaderboard/`). */
export const BOARDS: readonly Board[] = BENCHMARK_IDS.flatMap(
  (b) => NAMED_BOARDS[b] ?? [board(b, `/leaderboard/${b}/`, b, null, 'any')],
);

/** The boards whose lead the home page states in a sentence, one per question a reader asks first (the others are in its table). */
export const HEADLINE_BOARDS: ReadonlySet<BoardSlug> = new Set<BoardSlug>(['all', '512', 'geneval', 'dpg-bench']);

/** The board of a slug (a typed lookup: a renamed board fails the type check, not the build). */
export const boardOf = (slug: BoardSlug): Board => BOARDS.find((b) => b.slug === slug)!;

export interface BoardRow {
  rank: number;
  row: CompareRow;
}

/** A printed model name without its setting: "LlamaGen-L (cfg=2.00)" -> "llamagen-l". */
const baseName = (model: string) =>
  model
    .replace(/\s*\(.*$/, '')
    .replace(/,.*$/, '')
    .trim()
    .toLowerCase();

/**
 * Groups rows of one method that are the same model: the same printed size, the same name without
 * its setting, or (for a row that prints no size, such as a README line) the same score as a sized row.
 */
function sameModelGroups(rows: readonly CompareRow[]): CompareRow[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  const names = rows.map((r) => baseName(r.model));
  // Only rows of one method can be one model: compare within each method, not every pair of the board.
  const byMethod = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const at = byMethod.get(r.method);
    if (at) at.push(i);
    else byMethod.set(r.method, [i]);
  });
  for (const at of byMethod.values())
    for (let x = 0; x < at.length; x++)
      for (let y = x + 1; y < at.length; y++) {
        const i = at[x];
        const j = at[y];
        const a = rows[i];
        const b = rows[j];
        const sameSize = a.params !== null && a.params === b.params;
        const sameName = names[i] === names[j];
        const unsizedTwin = (a.params === null) !== (b.params === null) && a.score === b.score;
        if (sameSize || sameName || unsizedTwin) join(i, j);
      }
  const groups = new Map<number, CompareRow[]>();
  rows.forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

/** One row per model under `board`'s setting, ranked by its metric, best first (ties by paper date, then name). */
export function boardRows(rows: readonly CompareRow[], board: Board): BoardRow[] {
  const byScore = compareScores(primaryMetric(board.benchmark));
  /** The row that stands for a model: its best score; among equal scores, the paper's over the repository's, a sized one first. */
  const better = (a: CompareRow, b: CompareRow) =>
    byScore(a.score, b.score) || a.provenance - b.provenance || Number(a.params === null) - Number(b.params === null);
  const eligible = rows.filter((r) => r.provenance < 2 && r.release === 'paper' && board.keep(r));
  return sameModelGroups(eligible)
    .map((g) => [...g].sort(better)[0])
    .sort((a, b) => byScore(a.score, b.score) || a.date.localeCompare(b.date) || a.model.localeCompare(b.model))
    .map((row, i) => ({ rank: i + 1, row }));
}
