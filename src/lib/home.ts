/**
 * The home page's view model, all derived from the content: the seed families (from each core
 * method's `spine`) with the surveyed methods that belong to each, who came first, the size of
 * the survey, and the best FID of an autoregressive model and of a diffusion model at 256×256 (the
 * same published numbers the leaderboard ranks).
 */
import type { Method, ResultRow } from './types';
import { byFirstAppearance, firstAppearances, type Appearance } from './methods';
import { toCompareRows, type CompareRow } from './compare';
import { BOARDS, boardOf, boardRows } from './board';
import { primaryMetric, type MetricKey } from './benchmarks';
import { FAMILIES, type Family } from './vocab';
import { leadOn, type Lead } from './lead';
import type { Locale } from '../i18n/locales';
import { chartPair, chartPoints, type ChartPair } from './chart';
import { translationOf, type Translation } from './translations';

interface HomeFamily {
  slug: string;
  heading: string;
  text: string;
  /** "en" when the text is the English page's in another edition (no translation of it yet). */
  lang?: 'en' | undefined;
  /** Surveyed methods listed under this family, by first appearance. */
  members: Array<{ slug: string; name: string }>;
  /** The family's best model on the default board (the core method or a member), with its rank there. */
  best?: BoardBest | undefined;
}

interface BoardBest {
  rank: number;
  model: string;
  method: string;
  methodName: string;
  /** Its value of the board's ranked metric. */
  score: number;
}

export interface HomeView {
  families: HomeFamily[];
  /** The seed methods in the order they appeared (see `firstAppearances`). */
  firsts: Appearance[];
  counts: { autoregressive: number; baselines: number; rows: number };
  /** Who leads under each board's setting (the boards where both sides have a model), the default board first. */
  leads: Lead[];
  /** The best model of each generation paradigm on the default board, in vocabulary order. */
  paradigmBest: Array<{ family: Family } & BoardBest>;
  /** The metric the home page's board (ImageNet 256×256) ranks by, for the numbers it names. */
  metric: MetricKey;
  /** The FID-against-parameters chart, at the home page's width and at a phone's. */
  chart: ChartPair;
}

/** The seed family a surveyed method belongs to: a backbone match first, then a paradigm match. */
export function seedFamilyOf(m: Method, cores: readonly Method[]): string | undefined {
  const byBackbone = cores.find((c) => c.data.spine?.backbones.includes(m.data.backbone));
  return (byBackbone ?? cores.find((c) => c.data.spine?.families.includes(m.data.family)))?.slug;
}

/**
 * `translations`: the edition's translations (none for English); a core method's translated `spine`
 * replaces its English heading and text.
 */
export function homeView(
  methods: readonly Method[],
  rows: readonly ResultRow[],
  translations: readonly Translation[] = [],
  locale: Locale = 'en',
): HomeView {
  const cores = [...methods.filter((m) => m.data.role === 'core' && m.data.spine)].sort(
    (a, b) => a.data.spine!.order - b.data.spine!.order,
  );
  const surveyed = byFirstAppearance(methods.filter((m) => m.data.role === 'surveyed'));
  const compare = toCompareRows(rows, methods);
  const home = boardOf('all');
  const board = boardRows(compare, home);
  const bestOf = (keep: (r: CompareRow) => boolean): BoardBest | undefined => {
    const b = board.find((x) => keep(x.row));
    return (
      b && { rank: b.rank, model: b.row.model, method: b.row.method, methodName: b.row.methodName, score: b.row.score }
    );
  };
  return {
    families: cores.map((c) => {
      const members = surveyed
        .filter((m) => seedFamilyOf(m, cores) === c.slug)
        .map((m) => ({ slug: m.slug, name: m.data.short_name }));
      const slugs = new Set([c.slug, ...members.map((m) => m.slug)]);
      const tr = translationOf(translations, 'methods', c.slug)?.data.spine;
      const lang = translations.length > 0 && !tr ? ('en' as const) : undefined;
      return {
        slug: c.slug,
        heading: tr?.heading ?? c.data.spine!.heading,
        text: tr?.text ?? c.data.spine!.text,
        lang,
        members,
        best: bestOf((r) => slugs.has(r.method)),
      };
    }),
    paradigmBest: FAMILIES.flatMap((family) => {
      const b = bestOf((r) => r.family === family);
      return b ? [{ family, ...b }] : [];
    }),
    firsts: firstAppearances(methods),
    counts: {
      autoregressive: methods.filter((m) => m.data.role !== 'baseline').length,
      baselines: methods.filter((m) => m.data.role === 'baseline').length,
      rows: rows.length,
    },
    leads: BOARDS.flatMap((b) => leadOn(compare, b, locale) ?? []),
    metric: primaryMetric(home.benchmark),
    chart: chartPair(chartPoints(compare), 'params', { width: 640, height: 360 }),
  };
}
