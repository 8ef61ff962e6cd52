import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../data/load';
import { toCompareRows } from '../../lib/compare';
import { BOARDS, boardRows } from '../../lib/board';
import { boardCsv } from '../../lib/board-export';

/** Each leaderboard as CSV (RFC 4180): /data/board-all.csv, /data/board-guidance.csv, ... */
export function getStaticPaths() {
  return BOARDS.map((b) => ({ params: { board: `board-${b.slug}` }, props: { slug: b.slug } }));
}

export const GET: APIRoute = async ({ props }) => {
  const board = BOARDS.find((b) => b.slug === props.slug)!;
  const csv = boardCsv(boardRows(toCompareRows(await loadResults(), await loadMethods()), board));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
