import type { APIRoute } from 'astro';
import { boardRecords } from '../../lib/board-export';
import { boardPaths, loadBoard } from '../../data/load';
import { primaryMetric } from '../../lib/benchmarks';

/** Each leaderboard as JSON: /data/board-all.json, /data/board-guidance.json, ... (see board-export.ts). */
export const getStaticPaths = boardPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) => {
  const { board, rows } = await loadBoard(props.slug);
  const body = {
    board: board.slug,
    benchmark: board.benchmark,
    ranked_by: primaryMetric(board.benchmark),
    title: board.title,
    holds: board.holds,
    rows: boardRecords(rows, board.benchmark),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
