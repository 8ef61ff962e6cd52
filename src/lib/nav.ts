/** The header's navigation: one list, in display order. Only pages that exist are listed. */
/** `key` names the label in each language's dictionary (`nav.<key>`, src/i18n/). */
export const NAV = [
  { path: '/methods/', key: 'methods' },
  { path: '/concepts/', key: 'concepts' },
  { path: '/leaderboard/', key: 'leaderboard' },
  { path: '/compare/', key: 'compare' },
  { path: '/timeline/', key: 'timeline' },
  { path: '/contribute/', key: 'contribute' },
] as const;

/** Whether `current` (a pathname without base) is inside the section at `path`. */
export function isCurrent(current: string, path: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(current).startsWith(norm(path));
}
