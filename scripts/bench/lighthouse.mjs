// Lighthouse on a served site: the four category scores (0-100) of each page, on mobile (Lighthouse's
// default emulation: a mid-range phone on a throttled 4G link) and desktop. Uses Debian's Chromium
// where it exists, else Chrome found by chrome-launcher.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * Lighthouse and chrome-launcher, from scripts/bench/node_modules (scripts/bench/deps.mjs): loaded when
 * the first audit runs, so that a run without Lighthouse, or --help, does not need them installed.
 */
export async function loadLighthouse() {
  const [{ default: lighthouse }, { default: desktopConfig }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('lighthouse/core/config/desktop-config.js'),
    import('chrome-launcher'),
  ]);
  return { lighthouse, desktopConfig, chromeLauncher };
}

/** One Lighthouse run in a fresh browser (no state carried over from another page). */
async function audit(url, formFactor) {
  const { lighthouse, desktopConfig, chromeLauncher } = await loadLighthouse();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: FLAGS,
  });
  try {
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    return (
      await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        config,
      )
    ).lhr;
  } finally {
    await chrome.kill();
  }
}

/** Scores and failed audits for each of `paths` under `base`, for each form factor. */
export async function lighthouseScores(base, paths, formFactors = ['mobile', 'desktop']) {
  const results = [];
  for (const [type, path] of Object.entries(paths))
    for (const formFactor of formFactors) {
      const lhr = await audit(base + path, formFactor);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${base + path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failed = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      results.push({ type, path, formFactor, scores, failed });
    }
  return results;
}
