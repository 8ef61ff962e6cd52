/**
 * Methods by the date their page entered the survey, newest first: the home page's "Recently
 * added" and the RSS feed read the same list. `addedOf` gives the date a page was added (from git);
 * where there is none, the paper's v1 date stands in.
 */
import type { Method } from './types';
import { byDateAdded } from './methods';
import { paperDate } from './dates';

export interface Added {
  slug: string;
  name: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD the page was added, when git history is available. */
  added?: string | undefined;
  /** The paper's first arXiv version: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  v1: string;
}

export function recentlyAdded(methods: readonly Method[], addedOf: (slug: string) => string | undefined): Added[] {
  return byDateAdded(
    methods.map((m) => ({
      slug: m.slug,
      name: m.data.short_name,
      title: m.data.title,
      summary: m.data.summary,
      added: addedOf(m.slug),
      v1: paperDate(m.data.paper).iso,
    })),
  );
}
