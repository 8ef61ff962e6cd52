/**
 * The view model of the methods index: the autoregressive methods (core and surveyed) and the
 * baselines, each grouped by family in vocabulary order, each group by first appearance.
 */
import type { Method } from './types';
import { byFirstAppearance } from './methods';
import { CONTRIBUTION_LABELS, FAMILIES, FAMILY_DESCRIPTIONS, FAMILY_LABELS, type Family } from './vocab';

export interface IndexEntry {
  method: Method;
  /** "Tokenizer", "Decoding", ...; undefined for a generator (the usual case). */
  contribution?: string;
}
export interface IndexGroup {
  family: Family;
  id: string;
  label: string;
  description: string;
  /** The leaderboard narrowed to this family, one row per model (a view its script reads from the URL). */
  board: string;
  /** The compare table narrowed to this family: every row, every source. */
  compare: string;
  entries: IndexEntry[];
}
export interface IndexSection {
  id: string;
  heading: string;
  count: number;
  groups: IndexGroup[];
}

function groups(methods: readonly Method[], prefix: string): IndexGroup[] {
  return FAMILIES.map((family) => ({
    family,
    id: `${prefix}-${family}`,
    label: FAMILY_LABELS[family],
    description: FAMILY_DESCRIPTIONS[family],
    board: `/leaderboard/?family=${family}`,
    compare: `/compare/?family=${family}`,
    entries: byFirstAppearance(methods.filter((m) => m.data.family === family)).map((method) => ({
      method,
      contribution: method.data.contribution === 'generator' ? undefined : CONTRIBUTION_LABELS[method.data.contribution],
    })),
  })).filter((g) => g.entries.length > 0);
}

export function methodsIndex(methods: readonly Method[]): IndexSection[] {
  const ar = methods.filter((m) => m.data.role !== 'baseline');
  const baselines = methods.filter((m) => m.data.role === 'baseline');
  return [
    { id: 'autoregressive', heading: 'Autoregressive methods surveyed', count: ar.length, groups: groups(ar, 'ar') },
    { id: 'baselines', heading: 'Baselines they compare against', count: baselines.length, groups: groups(baselines, 'baseline') },
  ].filter((s) => s.count > 0);
}
