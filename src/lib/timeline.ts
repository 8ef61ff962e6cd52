/**
 * The timeline: every paper by its arXiv v1 date, grouped by year, with later versions and what
 * each builds on.
 */
import type { Method } from './types';
import { byFirstAppearance, formatDate } from './methods';
import { isoDay, paperDate, type PaperDate } from './dates';
import { FAMILIES, type Family } from './vocab';

export interface TimelineEntry {
  slug: string;
  name: string;
  title: string;
  family: Family;
  core: boolean;
  /** YYYY-MM-DD, or YYYY-MM when only the month of v1 is known. */
  date: string;
  dateLabel: string;
  /** Whether only the month of v1 is known (the day was not read in a primary source). */
  monthOnly: boolean;
  versions: Array<{ version: string; date: string | null; label: string }>;
  buildsOn: Array<{ slug: string; name: string }>;
}

/**
 * Years, oldest first, each with its papers in order of first appearance. `format`, `formatPaper` and
 * `unverified` give dates in the page's language (English by default).
 */
export function timeline(
  methods: readonly Method[],
  format: (d: Date) => string = formatDate,
  unverified = 'date not verified',
  formatPaper: (d: PaperDate) => string = (d) =>
    format(new Date(`${d.iso.length === 7 ? `${d.iso}-01` : d.iso}T00:00:00Z`)),
): Array<{ year: number; entries: TimelineEntry[] }> {
  const names = new Map(methods.map((m) => [m.slug, m.data.short_name]));
  const years = new Map<number, TimelineEntry[]>();
  for (const m of byFirstAppearance(methods)) {
    const y = m.data.paper.v1.getUTCFullYear();
    const entry: TimelineEntry = {
      slug: m.slug,
      name: m.data.short_name,
      title: m.data.paper.title,
      family: m.data.family,
      core: m.data.role === 'core',
      date: paperDate(m.data.paper).iso,
      dateLabel: formatPaper(paperDate(m.data.paper)),
      monthOnly: paperDate(m.data.paper).precision === 'month',
      versions: m.data.paper.versions.map((v) => ({
        version: v.version,
        date: v.date ? isoDay(v.date) : null,
        label: v.date ? format(v.date) : unverified,
      })),
      buildsOn: m.data.builds_on.map((slug) => ({ slug, name: names.get(slug) ?? slug })),
    };
    years.set(y, [...(years.get(y) ?? []), entry]);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, entries]) => ({ year, entries }));
}

/** The families the timeline holds, in vocabulary order (its filter's choices), and how many papers it lists. */
export function timelineFilter(years: ReturnType<typeof timeline>): { families: Family[]; count: number } {
  const entries = years.flatMap((y) => y.entries);
  return { families: FAMILIES.filter((f) => entries.some((e) => e.family === f)), count: entries.length };
}
