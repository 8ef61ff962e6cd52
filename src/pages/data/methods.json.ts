import type { APIRoute } from 'astro';
import { loadMethods } from '../../data/load';
import { toMethodsExport } from '../../lib/export';

/** Every method on the site, as JSON (the contract is `MethodExport` in src/lib/export.ts). */
export const GET: APIRoute = async () => {
  const body = toMethodsExport(await loadMethods());
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
