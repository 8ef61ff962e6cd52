// Serves a built folder as a static host would (see static-server.mjs) on a free local port, and
// a Chromium for measuring it (Debian's where it exists, else Playwright's own).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';

/** Serves `dir`/dist from a child process; resolves to `{ base, stop }` once it listens. */
export function preview(dir) {
  const port = 4600 + Math.floor(Math.random() * 300);
  const server = spawn(
    process.execPath,
    [join(import.meta.dirname, 'static-server.mjs'), join(dir, 'dist'), String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    server.stdout.once('data', (line) => resolve({ base: String(line).trim(), stop: () => server.kill() }));
    server.once('exit', (code) => reject(new Error(`the static server stopped (${code}) for ${dir}`)));
  });
}

/** A headless Chromium with the flags this project's tests use. */
export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
