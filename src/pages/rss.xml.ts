import type { APIRoute } from 'astro';
import { loadMethods, methodHistory } from '../collections';
import { byDateAdded } from '../lib/methods';
import { methodHref } from '../lib/paths';
import { toRss } from '../lib/rss';
import { SITE } from '../lib/site';

/** Methods by the date they were added to the survey, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const items = byDateAdded(
    (await loadMethods()).map((m) => ({
      slug: m.slug,
      added: methodHistory(m.slug).added,
      v1: m.data.paper.v1.toISOString().slice(0, 10),
      title: m.data.title,
      summary: m.data.summary,
    })),
  );
  const xml = toRss(
    { title: SITE.name, url: new URL(import.meta.env.BASE_URL, site).href, description: `${SITE.tagline}: methods as they are added.` },
    items.map((i) => ({ title: i.title, url: new URL(methodHref(i.slug), site).href, date: i.added ?? i.v1, description: i.summary })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
