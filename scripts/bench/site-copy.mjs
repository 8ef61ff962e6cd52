// A copy of the site in a temporary folder, with synthetic method pages added, for the benchmark.
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticPage } from './synthetic.mjs';

const ROOT = join(import.meta.dirname, '../..');

/** The site's sources and config in a new temporary folder (node_modules linked), plus `extra` synthetic method pages with results. */
export function siteCopy(extra) {
  const dir = mkdtempSync(join(tmpdir(), `survey-bench-${extra}-`));
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'CONTRIBUTING.md'])
    cpSync(join(ROOT, f), join(dir, f));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (let i = 0; i < extra; i++) {
    const { slug, frontmatter, body, resultsYaml } = syntheticPage(i);
    writeFileSync(join(dir, `src/content/methods/${slug}.mdx`), `---\n${frontmatter}\n---\n\n${body}`);
    writeFileSync(join(dir, `src/content/results/${slug}.yaml`), resultsYaml);
  }
  return dir;
}
