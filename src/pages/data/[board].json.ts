import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../data/load';
import { toCompareRows } from '../../lib/compare';
import { BOARDS, boardRows } from '../../lib/board';
import { boardRecords } from '../../lib/board-export';

/** Each leaderboard as JSON: /data/board-all.json, /data/board-guidance.json, ... (see board-export.ts). */
export function getStaticPaths() {
  return BOARDS.map((b) => ({ params: { board: `board-${b.slug}` }, props: { slug: b.slug } }));
}

export const GET: APIRoute = async ({ props }) => {
  const board = BOARDS.find((b) => b.slug === props.slug)!;
  const rows = boardRows(toCompareRows(await loadResults(), await loadMethods()), board);
  return new Response(
    JSON.stringify({ board: board.slug, title: board.title, holds: board.holds, rows: boardRecords(rows) }, null, 2),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
