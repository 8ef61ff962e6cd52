/**
 * The census page's view: the methods known but not ranked, grouped by task and then by reason, in
 * the order of the reasons' vocabulary, each group sorted by name.
 */
import { CENSUS_REASONS, type CensusReason } from './vocab';
import { TASKS, type Task } from './benchmarks';

/** One census entry as the content holds it (src/schemas/census.ts). */
export interface CensusEntry {
  id: string;
  name: string;
  arxiv?: string | undefined;
  repository?: string | undefined;
  family: string;
  task: Task;
  reason: CensusReason;
  detail: string;
  checked: Date;
}

export interface CensusGroup {
  task: Task;
  reasons: Array<{ reason: CensusReason; entries: CensusEntry[] }>;
  count: number;
}

/** The entries by task (class-to-image first) and reason; empty groups are left out. */
export function censusGroups(entries: readonly CensusEntry[]): CensusGroup[] {
  return TASKS.flatMap((task) => {
    const reasons = CENSUS_REASONS.flatMap((reason) => {
      const inGroup = entries
        .filter((e) => e.task === task && e.reason === reason)
        .sort((a, b) => a.name.localeCompare(b.name));
      return inGroup.length ? [{ reason, entries: inGroup }] : [];
    });
    const count = reasons.reduce((n, r) => n + r.entries.length, 0);
    return count ? [{ task, reasons, count }] : [];
  });
}

/** One census entry in `/data/census.json`: the content's fields, the date as YYYY-MM-DD, absent fields null. */
export interface CensusExport {
  id: string;
  name: string;
  arxiv: string | null;
  repository: string | null;
  family: string;
  task: Task;
  reason: CensusReason;
  detail: string;
  checked: string;
}

/** The census as exported, sorted by id. */
export function toCensusExport(entries: readonly CensusEntry[]): CensusExport[] {
  return [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      arxiv: e.arxiv ?? null,
      repository: e.repository ?? null,
      family: e.family,
      task: e.task,
      reason: e.reason,
      detail: e.detail,
      checked: e.checked.toISOString().slice(0, 10),
    }));
}
