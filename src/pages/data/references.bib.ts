import type { APIRoute } from 'astro';
import { loadMethods } from '../../data/load';
import { toBibtex } from '../../lib/bibtex';
import { byFirstAppearance } from '../../lib/methods';

/** One BibTeX entry per paper on the site, oldest first. */
export const GET: APIRoute = async () => {
  const body = byFirstAppearance(await loadMethods())
    .map((m) => toBibtex(m.data))
    .join('\n\n');
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
