/**
 * Who leads, autoregression or diffusion, under one board's setting: each side's best model (the
 * board's first row of that side), the margin, the date since which the leader has led, the
 * sampling and evaluation settings the two numbers do not share, and the same comparison within
 * bands of model size. Everything is computed from the board's rows, never written by hand.
 */
import type { CompareRow } from './compare';
import { usesGuidance } from './compare';
import { boardRows, type Board } from './board';
import { crossings, records, sideOf, type Side } from './records';
import { isBetter, primaryMetric } from './benchmarks';
import type { Dictionary } from '../i18n/en';
import { DICTIONARIES } from '../i18n/dictionaries';
import { vocabLabels } from '../i18n/vocab-labels';
import type { Locale } from '../i18n/locales';

/** Bands of parameter count (millions) within which two models count as comparable in size. */
const SIZE_BANDS = [
  { id: 'small', min: 0, max: 500 },
  { id: 'medium', min: 500, max: 1000 },
  { id: 'large', min: 1000, max: Infinity },
] as const;
type SizeBand = (typeof SIZE_BANDS)[number]['id'];

/** A setting of one row that the comparison does not control, as each side's best row states it. */
export interface Uncontrolled {
  field: 'guidance' | 'steps' | 'evaluator' | 'samples' | 'generated' | 'prompts';
  /** The value on each side; null where the source does not state it. */
  autoregressive: string | null;
  diffusion: string | null;
}

export interface SideBest {
  row: CompareRow;
  /** Its rank on the board. */
  rank: number;
}

export interface Lead {
  board: Board;
  /** The side with the better best score; on a tie, the side that reached it first (`tied` says so). */
  leader: Side;
  /** Whether both sides' best scores are equal: the sentence and tables then say "level", not who leads. */
  tied: boolean;
  autoregressive: SideBest;
  diffusion: SideBest;
  /** How far the trailing side's best score is from the leader's, in the ranked metric (two decimals). */
  margin: number;
  /**
   * The date (YYYY-MM-DD, or YYYY-MM) since which the leader has led without a break, by the board's
   * records; undefined when the lead never changed sides (then `from` says since when both sides had a model).
   */
  since: string | undefined;
  /** The first date on which both sides had a model on the board. */
  from: string;
  /** Settings that differ between the two best rows or that either does not state. */
  uncontrolled: Uncontrolled[];
  /** The best of each side within each size band, where both sides have a sized model in it. */
  bySize: Array<{
    band: SizeBand;
    leader: Side;
    tied: boolean;
    autoregressive: SideBest;
    diffusion: SideBest;
    margin: number;
  }>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The guidance of a row as a short text: "CFG 1.5 (linear)", "no guidance", or null when not stated. */
function guidanceText(r: CompareRow, words: Dictionary['sampling']): string | null {
  const g = usesGuidance(r);
  if (g === false) return words.none;
  if (g === null) return null;
  if (r.cfg === null || r.cfg <= 1) return words.unstated;
  return `CFG ${r.cfg}${r.cfgSchedule ? words.schedule(words.schedules[r.cfgSchedule]) : ''}`;
}

/** The settings two rows do not share (or that one of them does not state), in a fixed order, in `locale`'s words. */
export function uncontrolled(ar: CompareRow, diffusion: CompareRow, locale: Locale = 'en'): Uncontrolled[] {
  const t = DICTIONARIES[locale];
  const fields: Array<[Uncontrolled['field'], (r: CompareRow) => string | null]> = [
    ['guidance', (r) => guidanceText(r, t.sampling)],
    ['steps', (r) => (r.steps === null ? null : String(r.steps))],
    ['evaluator', (r) => r.evaluator],
    ['samples', (r) => (r.samples === null ? null : String(r.samples))],
    ['generated', (r) => (r.genResolution ?? r.resolution)?.toString() ?? null],
    ['prompts', (r) => (r.prompts === null ? null : vocabLabels(locale).prompt[r.prompts])],
  ];
  // A text-to-image field is left out of a class-to-image comparison, where neither row has it.
  const textOnly = new Set<Uncontrolled['field']>(['prompts']);
  return fields.flatMap(([field, of]) => {
    const a = of(ar);
    const d = of(diffusion);
    if (a === null && d === null && textOnly.has(field)) return [];
    return a !== null && a === d ? [] : [{ field, autoregressive: a, diffusion: d }];
  });
}

/** The lead under one board's setting, or undefined when either side has no row on it; setting texts in `locale`'s words. */
export function leadOn(rows: readonly CompareRow[], board: Board, locale: Locale = 'en'): Lead | undefined {
  const ranked = boardRows(rows, board);
  const bestOf = (side: Side, keep: (r: CompareRow) => boolean = () => true): SideBest | undefined => {
    const b = ranked.find((x) => sideOf(x.row) === side && keep(x.row));
    return b && { row: b.row, rank: b.rank };
  };
  const metric = primaryMetric(board.benchmark);
  const ar = bestOf('autoregressive');
  const diffusion = bestOf('diffusion');
  if (!ar || !diffusion) return undefined;
  // On a tie the side that printed the score first keeps the lead (records only change on a strictly better score).
  const leads = (a: SideBest, d: SideBest): Side =>
    isBetter(metric, a.row.score, d.row.score) || (a.row.score === d.row.score && a.row.printed < d.row.printed)
      ? 'autoregressive'
      : 'diffusion';
  const leader = leads(ar, diffusion);
  const history = crossings(
    records(rows, 'autoregressive', board.keep, metric),
    records(rows, 'diffusion', board.keep, metric),
    metric,
  );
  const last = history.at(-1);
  return {
    board,
    leader,
    tied: ar.row.score === diffusion.row.score,
    autoregressive: ar,
    diffusion,
    margin: round2(Math.abs(ar.row.score - diffusion.row.score)),
    since: history.length > 1 && last?.leader === leader ? last.date : undefined,
    // Both sides have a ranked row, so both have records and the history has at least its first lead.
    from: history[0].date,
    uncontrolled: uncontrolled(ar.row, diffusion.row, locale),
    bySize: SIZE_BANDS.flatMap((band) => {
      const inBand = (r: CompareRow) => r.params !== null && r.params >= band.min && r.params < band.max;
      const a = bestOf('autoregressive', inBand);
      const d = bestOf('diffusion', inBand);
      if (!a || !d) return [];
      return [
        {
          band: band.id,
          leader: leads(a, d),
          tied: a.row.score === d.row.score,
          autoregressive: a,
          diffusion: d,
          margin: round2(Math.abs(a.row.score - d.row.score)),
        },
      ];
    }),
  };
}
