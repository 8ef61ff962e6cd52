import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../data/load';
import { toResultsExport, viewCsv } from '../../lib/export';

/** Every result row as CSV (RFC 4180): the fields of results.json with the source flattened. */
export const GET: APIRoute = async () => {
  const entries = toResultsExport(await loadResults(), await loadMethods());
  const csv = viewCsv(
    entries,
    entries.map((e) => e.id),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
