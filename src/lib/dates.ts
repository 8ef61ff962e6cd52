/**
 * Dates as the site reads and shows them. A paper's first version is dated to the day only when the
 * day was read in a primary source; otherwise to the month. Every list, chart and sentence that says
 * "who came first" goes through `paperDateKey`, so no two papers of one month are ordered by a day
 * that nobody read.
 */

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month';

/** A date as YYYY-MM-DD (UTC), for `datetime` attributes, exports and comparisons. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The YYYY-MM month an arXiv identifier was assigned in ("2406.11838" -> "2024-06"), or undefined for another shape. */
export function arxivMonth(id: string): string | undefined {
  const m = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id);
  return m ? `20${m[1]}-${m[2]}` : undefined;
}

/** The last day of a YYYY-MM month, as YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return isoDay(d);
}

/** The date fields of a validated paper: `v1` as a Date (the first of the month when only the month is known) and its precision. */
export function paperDateOf(v1: string): { v1: Date; v1_precision: DatePrecision } {
  const month = v1.length === 7;
  return { v1: new Date(`${month ? `${v1}-01` : v1}T00:00:00Z`), v1_precision: month ? 'month' : 'day' };
}

/** A paper's v1 date with its precision, as the views carry it. */
export interface PaperDate {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known: also the value of a `datetime` attribute. */
  iso: string;
  precision: DatePrecision;
}

/** The v1 date of a paper as a `PaperDate`. */
export function paperDate(paper: { v1: Date; v1_precision: DatePrecision }): PaperDate {
  const day = isoDay(paper.v1);
  return { iso: paper.v1_precision === 'month' ? day.slice(0, 7) : day, precision: paper.v1_precision };
}

/**
 * The key that orders papers by first appearance: the day when every paper of that month has a known
 * day, and the month alone when one of them has not. `monthsWithoutDay` lists those months (see
 * `undatedMonths`), so that two papers of such a month compare equal and fall back to another order.
 */
export function paperDateKey(d: PaperDate, monthsWithoutDay: ReadonlySet<string>): string {
  const month = d.iso.slice(0, 7);
  return monthsWithoutDay.has(month) ? month : d.iso;
}

/** The months in which at least one of the dates is known only to the month. */
export function undatedMonths(dates: Iterable<PaperDate>): Set<string> {
  const out = new Set<string>();
  for (const d of dates) if (d.precision === 'month') out.add(d.iso.slice(0, 7));
  return out;
}

/** The first day of the month or the day itself, as a Date: where a date is drawn on a time axis. */
export const dateOnAxis = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/** A date string of either precision (YYYY-MM-DD or YYYY-MM) as a `PaperDate`. */
export const paperDateOfIso = (iso: string): PaperDate => ({ iso, precision: iso.length === 7 ? 'month' : 'day' });
