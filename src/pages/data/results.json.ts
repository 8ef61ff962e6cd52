import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../data/load';
import { toResultsExport } from '../../lib/export';
import { allRowChanges } from '../../data/row-history';

/** Every result row on the site, as JSON (the contract is `ResultExport` in src/lib/export.ts). */
export const GET: APIRoute = async () => {
  const body = toResultsExport(await loadResults(), await loadMethods(), allRowChanges());
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
