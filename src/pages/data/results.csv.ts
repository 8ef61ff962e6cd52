import type { APIRoute } from 'astro';
import { loadMethods, loadResults } from '../../collections';
import { RESULT_CSV_COLUMNS, resultCsvRecord, toResultsExport } from '../../lib/export';
import { toCsv } from '../../lib/csv';

/** Every result row as CSV (RFC 4180): the fields of results.json with the source flattened. */
export const GET: APIRoute = async () => {
  const records = toResultsExport(await loadResults(), await loadMethods()).map(resultCsvRecord);
  return new Response(toCsv(records, RESULT_CSV_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
