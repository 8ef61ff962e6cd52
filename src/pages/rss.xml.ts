import type { APIRoute } from 'astro';
import { loadMethods, methodHistory } from '../data/load';
import { recentlyAdded } from '../lib/recent';
import { methodHref } from '../lib/paths';
import { toRss } from '../lib/rss';
import { SITE } from '../lib/site';

/** Methods by the date they were added to the survey, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const items = recentlyAdded(await loadMethods(), (slug) => methodHistory(slug).added);
  const xml = toRss(
    { title: SITE.name, url: new URL(import.meta.env.BASE_URL, site).href, description: `${SITE.tagline}: methods as they are added.` },
    items.map((i) => ({ title: i.title, url: new URL(methodHref(i.slug), site).href, date: i.added ?? i.v1, description: i.summary })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
