import type { APIRoute } from 'astro';
import { boardCsv } from '../../lib/board-export';
import { boardPaths, loadBoard } from '../../data/load';

/** Each leaderboard as CSV (RFC 4180): /data/board-all.csv, /data/board-guidance.csv, ... */
export const getStaticPaths = boardPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) => {
  const { board, rows } = await loadBoard(props.slug);
  return new Response(boardCsv(rows, board.benchmark), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
