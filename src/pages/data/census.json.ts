import type { APIRoute } from 'astro';
import { loadCensus } from '../../data/load';
import { toCensusExport } from '../../lib/census';

/** The census as JSON: methods known but not ranked, each with its reason (`CensusExport` in src/lib/census.ts). */
export const GET: APIRoute = async () => {
  const body = toCensusExport(await loadCensus());
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
