import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { loadMethods, methodHistory } from '../data/load';
import { recentlyAdded } from '../lib/recent';
import { methodHref } from '../lib/paths';
import { feedItems } from '../lib/rss';
import { SITE } from '../lib/site';

/** Methods by the date they were added to the survey, newest first (the English edition's pages). */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.name,
    description: `${SITE.tagline}: methods as they are added.`,
    site: new URL(import.meta.env.BASE_URL, site).href,
    items: feedItems(
      recentlyAdded(await loadMethods(), (slug) => methodHistory(slug).added),
      (slug) => new URL(methodHref(slug), site).href,
    ),
  });
