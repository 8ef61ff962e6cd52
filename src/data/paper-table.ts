/**
 * A board as a table for a paper (the board data routes): its rows from the public exports, its
 * board metrics and its English words, dated by the build.
 */
import { loadBoard, loadMethods, loadResults } from './load';
import { toMethodsExport, toResultsExport, EXPORT_SCHEMA_VERSION } from '../lib/export';
import { boardPaperInput, provenanceOf, type PaperTableInput } from '../lib/paper-table';
import { boardMetricsOf } from '../lib/benchmarks';
import { en } from '../i18n/en';

export async function boardPaperTable(slug: string, site: URL | undefined): Promise<PaperTableInput> {
  const { board, rows } = await loadBoard(slug);
  const methods = await loadMethods();
  const url = new URL(board.path.replace(/^\//, ''), new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/'));
  return boardPaperInput(
    rows.map((r) => r.row.id),
    toResultsExport(await loadResults(), methods),
    toMethodsExport(methods),
    {
      title: `${board.title}: one row per model, ranked`,
      metrics: boardMetricsOf(board.benchmark),
      provenance: provenanceOf(en.site.name, new Date().toISOString().slice(0, 10), EXPORT_SCHEMA_VERSION, url.href),
    },
  );
}
