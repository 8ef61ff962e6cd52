import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../data/load';
import { benchmarkCsv, toResultsExport } from '../../lib/export';
import { BENCHMARK_IDS, type BenchmarkId } from '../../lib/benchmarks';

export const getStaticPaths = () => BENCHMARK_IDS.map((benchmark) => ({ params: { benchmark } }));

/** The rows of one benchmark as CSV (RFC 4180): its metrics as columns (see /data/manifest.json). */
export const GET: APIRoute = async ({ params }) => {
  const entries = toResultsExport(await loadResults(), await loadMethods());
  return new Response(benchmarkCsv(entries, params.benchmark as BenchmarkId), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
