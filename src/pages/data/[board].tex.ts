import type { APIRoute } from 'astro';
import { boardPaths } from '../../data/load';
import { boardPaperTable } from '../../data/paper-table';
import { latexTable } from '../../lib/paper-table';

/** Each leaderboard as a LaTeX table (booktabs; \cite keys of /data/references.bib): /data/board-all.tex, ... */
export const getStaticPaths = boardPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props, site }) =>
  new Response(latexTable(await boardPaperTable(props.slug, site)), {
    headers: { 'Content-Type': 'application/x-tex; charset=utf-8' },
  });
