import type { APIRoute } from 'astro';
import { dataManifest } from '../../lib/export-schema';
import { BOARDS } from '../../lib/board';

/** What the data files are: their export version, what changed, the benchmarks and metrics. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(dataManifest(BOARDS.map((b) => b.slug)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
