/**
 * The feed of methods by the date they were added to the survey: what each item says. `@astrojs/rss`
 * writes the RSS 2.0 document (src/pages/rss.xml.ts).
 */
import type { Added } from './recent';

export interface FeedItem {
  title: string;
  /** Absolute URL of the method page. */
  link: string;
  pubDate: Date;
  description: string;
}

/** One item per method, newest added first; the paper's v1 date stands in where git has no date. */
export function feedItems(recent: readonly Added[], pageUrl: (slug: string) => string): FeedItem[] {
  return recent.map((r) => ({
    title: r.title,
    link: pageUrl(r.slug),
    pubDate: new Date(`${r.added ?? r.v1}T00:00:00Z`),
    description: r.summary,
  }));
}
