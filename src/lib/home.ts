/**
 * The home page's view model, all derived from the content: the seed families (from each core
 * method's `spine`) with the surveyed methods that belong to each, who came first, the size of
 * the survey, and the best FID of an autoregressive model and of a diffusion model at 256×256.
 */
import type { Method, ResultRow } from './types';
import { byFirstAppearance, isoDay } from './methods';

export interface HomeFamily {
  slug: string;
  heading: string;
  text: string;
  /** Surveyed methods listed under this family, by first appearance. */
  members: Array<{ slug: string; name: string }>;
}

export interface Best {
  model: string;
  method: string;
  methodName: string;
  fid: number;
  /** arXiv v1 date of the method's paper, YYYY-MM-DD. */
  date: string;
}

export interface HomeView {
  families: HomeFamily[];
  firsts: Array<{ slug: string; name: string; date: Date }>;
  counts: { autoregressive: number; baselines: number; rows: number };
  bestAr?: Best;
  bestDiffusion?: Best;
}

/** The seed family a surveyed method belongs to: a backbone match first, then a paradigm match. */
export function seedFamilyOf(m: Method, cores: readonly Method[]): string | undefined {
  const byBackbone = cores.find((c) => c.data.spine?.backbones.includes(m.data.backbone));
  return (byBackbone ?? cores.find((c) => c.data.spine?.families.includes(m.data.family)))?.slug;
}

/** The lowest FID at 256×256 among rows that a method's own paper or repository printed. */
function best(rows: readonly ResultRow[], methods: ReadonlyMap<string, Method>, keep: (m: Method) => boolean): Best | undefined {
  let out: Best | undefined;
  for (const r of rows) {
    const m = methods.get(r.method);
    if (!m || !keep(m) || r.reported_in !== r.method || r.resolution !== 256) continue;
    if (!out || r.metrics.fid < out.fid)
      out = { model: r.model, method: m.slug, methodName: m.data.short_name, fid: r.metrics.fid, date: isoDay(m.data.paper.v1) };
  }
  return out;
}

export function homeView(methods: readonly Method[], rows: readonly ResultRow[]): HomeView {
  const cores = [...methods.filter((m) => m.data.role === 'core' && m.data.spine)].sort((a, b) => a.data.spine!.order - b.data.spine!.order);
  const surveyed = byFirstAppearance(methods.filter((m) => m.data.role === 'surveyed'));
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  return {
    families: cores.map((c) => ({
      slug: c.slug,
      heading: c.data.spine!.heading,
      text: c.data.spine!.text,
      members: surveyed.filter((m) => seedFamilyOf(m, cores) === c.slug).map((m) => ({ slug: m.slug, name: m.data.short_name })),
    })),
    firsts: byFirstAppearance(methods.filter((m) => m.data.role === 'core')).map((m) => ({ slug: m.slug, name: m.data.short_name, date: m.data.paper.v1 })),
    counts: {
      autoregressive: methods.filter((m) => m.data.role !== 'baseline').length,
      baselines: methods.filter((m) => m.data.role === 'baseline').length,
      rows: rows.length,
    },
    bestAr: best(rows, bySlug, (m) => m.data.role !== 'baseline'),
    bestDiffusion: best(rows, bySlug, (m) => m.data.family === 'diffusion'),
  };
}
