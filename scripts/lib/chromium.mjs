// The Chromium every browser run uses (Playwright's tests, the benchmark's measurements and
// Lighthouse): Debian's where it is installed, else the launcher's own (undefined path), with one
// set of flags for a headless machine without a sandbox or a GPU.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium when it exists; undefined lets the launcher pick its own browser. */
export const CHROMIUM_PATH = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

/** Flags for a headless, sandbox-less machine with no GPU, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
