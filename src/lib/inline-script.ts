/**
 * The head script is inlined in every page (it must run before the first paint): it is minified at
 * build time, and the Content-Security-Policy hashes the minified text (src/layouts/Base.astro).
 */
import { minifySync } from 'vite';

export function minifyInline(code: string, name: string): string {
  const out = minifySync(name, code, { compress: true, mangle: true });
  if (out.errors?.length) throw new Error(`${name} could not be minified: ${out.errors.map((e) => e.message).join('; ')}`);
  return out.code.trim();
}
