/**
 * The Content-Security-Policy of every page: scripts only from the site itself plus the hashes of
 * its inline scripts (never 'unsafe-inline' for scripts); WebAssembly for the search index;
 * styles from the site, with inline style attributes allowed because KaTeX positions glyphs with them;
 * fonts from the site (some inlined in its stylesheet).
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script's exact text. */
export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Vite inlines the smallest KaTeX fonts into the stylesheet as data: URLs.
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
