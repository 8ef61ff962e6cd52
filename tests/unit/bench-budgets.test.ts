import { describe, expect, test } from 'vitest';
import { budgetMisses } from '../../scripts/bench/budgets.mjs';

const page = (patch = {}) => ({ js: 0, stylesheets: 1, ...patch });
const site = (extra: number, patch: Record<string, unknown> = {}) => ({
  extraMethodPages: extra,
  totalMs: 10_000,
  pageTypes: { home: page(), method: page(), timeline: page(), board: page({ html: 20 * 1024 }) },
  firstSearch: { bytes: 150 * 1024, firstResultMs: 300 },
  ...patch,
});
const scores = (performance: number) => ({ performance, accessibility: 100, 'best-practices': 100, seo: 100 });

describe('benchmark budgets', () => {
  test('a report within every budget misses none', () => {
    const report = {
      sites: [site(0), site(1000)],
      starlight: [{ extraMethodPages: 1000, totalMs: 20_000 }],
      lighthouse: [{ type: 'home', formFactor: 'mobile', scores: scores(100) }],
    };
    expect(budgetMisses(report)).toEqual([]);
  });
  test('each kind of miss is named', () => {
    const report = {
      sites: [
        site(0, {
          pageTypes: {
            home: page({ js: 10 }),
            method: page({ stylesheets: 2 }),
            timeline: page(),
            board: page({ html: 50 * 1024 }),
            't2i-board': page({ html: 41 * 1024 }),
          },
        }),
        site(1000, { totalMs: 30_000, firstSearch: { bytes: 300 * 1024, firstResultMs: 900 } }),
      ],
      starlight: [{ extraMethodPages: 1000, totalMs: 20_000 }],
      lighthouse: [
        { type: 'compare', formFactor: 'mobile', scores: scores(91) },
        { type: 'compare', formFactor: 'desktop', scores: scores(90) },
      ],
    };
    const misses = budgetMisses(report);
    expect(misses).toHaveLength(8);
    expect(misses.join('\n')).toMatch(/default board transfers 50\.0 KB of HTML/);
    expect(misses.join('\n')).toMatch(/text-to-image board transfers 41\.0 KB of HTML/);
    expect(misses.join('\n')).toMatch(/home page loads 10 bytes of script/);
    expect(misses.join('\n')).toMatch(/method page loads 2 stylesheets/);
    expect(misses.join('\n')).toMatch(/Lighthouse performance 91 on compare \(mobile\)/);
    expect(misses.join('\n')).toMatch(/transfers 300\.0 KB/);
    expect(misses.join('\n')).toMatch(/after 900 ms/);
    expect(misses.join('\n')).toMatch(/Starlight 20000 ms/);
  });
});
