import type { APIRoute } from 'astro';
import { boardPaths } from '../../data/load';
import { boardPaperTable } from '../../data/paper-table';
import { markdownTable } from '../../lib/paper-table';

/** Each leaderboard as a Markdown table (pandoc citations, [@key]): /data/board-all.md, ... */
export const getStaticPaths = boardPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props, site }) =>
  new Response(markdownTable(await boardPaperTable(props.slug, site)), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
