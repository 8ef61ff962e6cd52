/**
 * The browser modules that load only when a reader acts (src/client/on-demand/: search, the
 * generation-order player, the timeline filter). Astro bundles a component's <script> into every
 * page that uses it, which would load a script file on reading pages; these are instead built here
 * by Vite (TypeScript compiled, minified, one fingerprinted file each under _astro/), and the pages
 * name them through `virtual:client-modules`, a map from a module's name (its file name) to its
 * path relative to the site's base. `astro dev` serves the sources as they are.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build, type Plugin, type Rollup } from 'vite';

const MODULE_DIR = 'src/client/on-demand';
const VIRTUAL_ID = 'virtual:client-modules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Every module in MODULE_DIR, by name (file name without `.ts`). */
export function moduleSources(root: string): Record<string, string> {
  const dir = join(root, MODULE_DIR);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => [f.replace(/\.ts$/, ''), join(dir, f)]),
  );
}

/** Builds the modules (no file is written here): the output files and the name → path map. */
export async function buildModules(
  root: string,
): Promise<{ files: Rollup.OutputChunk[]; paths: Record<string, string> }> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // Library mode: entries keep their exports (init, openSearchDialog), and a dynamic import()
      // of Pagefind stays a plain import() (no preload helper, which would assume the site's base).
      lib: { entry: moduleSources(root), formats: ['es'] },
      rollupOptions: {
        output: {
          format: 'es',
          minify: true,
          entryFileNames: '_astro/[name].[hash].js',
          chunkFileNames: '_astro/[name].[hash].js',
        },
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const files = outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const paths = Object.fromEntries(files.filter((f) => f.isEntry).map((f) => [f.name, f.fileName]));
  for (const name of Object.keys(moduleSources(root)))
    if (!paths[name]) throw new Error(`${MODULE_DIR}/${name}.ts was not built`);
  return { files, paths };
}

export default function clientModules(): AstroIntegration {
  let built: Promise<{ files: Rollup.OutputChunk[]; paths: Record<string, string> }> | undefined;
  return {
    name: 'client-modules',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const plugin: Plugin = {
          name: 'client-modules',
          resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
          async load(id) {
            if (id !== RESOLVED_ID) return undefined;
            let paths: Record<string, string>;
            if (command === 'build') {
              built ??= buildModules(root);
              paths = (await built).paths;
            } else {
              paths = Object.fromEntries(
                Object.keys(moduleSources(root)).map((name) => [name, `${MODULE_DIR}/${name}.ts`]),
              );
            }
            return `export const modules = ${JSON.stringify(paths)};`;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!built)
          throw new Error('the on-demand browser modules were never built: no page imports virtual:client-modules');
        const { files } = await built;
        for (const file of files) {
          const target = join(fileURLToPath(dir), file.fileName);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, file.code);
        }
        logger.info(`wrote ${files.length} on-demand modules (${files.reduce((n, f) => n + f.code.length, 0)} bytes)`);
      },
    },
  };
}
