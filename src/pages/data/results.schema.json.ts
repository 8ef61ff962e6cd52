import type { APIRoute } from 'astro';
import { resultsJsonSchema } from '../../lib/export-schema';

/** The JSON Schema of /data/results.json. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(resultsJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
