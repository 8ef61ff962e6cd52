/**
 * The head script is inlined in every page (it must run before the first paint). It is written in
 * TypeScript (src/client/head.ts, type-checked with the rest); at build time its types are
 * stripped and it is minified, and the Content-Security-Policy hashes the minified text
 * (src/layouts/Base.astro). One result per source: every page inlines the same text.
 */
import { minifySync, transformWithOxc } from 'vite';

const done = new Map<string, Promise<string>>();

export function minifyInline(code: string, name: string): Promise<string> {
  const key = `${name}\0${code}`;
  if (!done.has(key)) done.set(key, compile(code, name));
  return done.get(key)!;
}

async function compile(code: string, name: string): Promise<string> {
  let js: string;
  try {
    js = name.endsWith('.ts') ? (await transformWithOxc(code, name, { lang: 'ts' })).code : code;
  } catch (e) {
    throw new Error(`${name} could not be compiled: ${(e as Error).message}`, { cause: e });
  }
  const out = minifySync(name.replace(/\.ts$/, '.js'), js, { compress: true, mangle: true });
  if (out.errors?.length)
    throw new Error(`${name} could not be minified: ${out.errors.map((e) => e.message).join('; ')}`);
  return out.code.trim();
}
