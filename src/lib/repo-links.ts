/**
 * Links that turn a reader into a contributor: edit a content file on the repository, or open a
 * "report a wrong number" issue prefilled with the page and the row.
 */

/** The repository's web editor for a file on the default branch. */
export function editUrl(repoUrl: string, path: string, branch = 'main'): string {
  return `${repoUrl}/edit/${branch}/${path}`;
}

/** A new issue from the "report a wrong number" form, its fields prefilled. */
export function reportUrl(
  repoUrl: string,
  fields: { page: string; row?: string; model?: string; shown?: string },
): string {
  const q = new URLSearchParams({
    template: 'report-wrong-number.yml',
    title: `Wrong number: ${fields.model ?? fields.page}`,
  });
  for (const [k, v] of Object.entries(fields)) if (v) q.set(k, v);
  return `${repoUrl}/issues/new?${q.toString()}`;
}
