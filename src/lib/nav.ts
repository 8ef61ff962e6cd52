/** The header's navigation: one list, in display order. Only pages that exist are listed. */
export const NAV = [
  { path: '/methods/', label: 'Methods' },
  { path: '/concepts/', label: 'Concepts' },
  { path: '/leaderboard/', label: 'Leaderboard' },
  { path: '/compare/', label: 'Compare' },
  { path: '/timeline/', label: 'Timeline' },
  { path: '/contribute/', label: 'Contribute' },
] as const;

/** Whether `current` (a pathname without base) is inside the section at `path`. */
export function isCurrent(current: string, path: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(current).startsWith(norm(path));
}
