import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../data/load';
import { toResultsExport, viewCsv } from '../../lib/export';

/**
 * The ImageNet class-conditional rows as CSV (RFC 4180): the fields of results.json with the source
 * flattened. Deprecated since export version 2 (kept until 3): results-<benchmark>.csv has every benchmark.
 */
export const GET: APIRoute = async () => {
  const entries = toResultsExport(await loadResults(), await loadMethods()).filter(
    (e) => e.benchmark === 'imagenet-cc',
  );
  const csv = viewCsv(
    entries,
    entries.map((e) => e.id),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
