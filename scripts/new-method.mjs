// npm run new -- <slug> --title "Paper title" --arxiv 2501.01234
// Writes src/content/methods/<slug>.mdx and src/content/results/<slug>.yaml, which build as they are.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

// src/lib is TypeScript with extensionless imports: load it through Vite, as the site does.
const { module: lib } = await runnerImport('./scripts/lib/new-method.ts', { configFile: false, logLevel: 'silent' });
const { checkNewMethod, methodStub, resultsStub } = lib;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string', default: '' }, arxiv: { type: 'string', default: '' } },
});
const input = {
  slug: positionals[0] ?? '',
  title: values.title,
  arxiv: values.arxiv,
  today: new Date().toISOString().slice(0, 10),
};
const existing = readdirSync('src/content/methods').map((n) => n.replace(/\.mdx$/, ''));
const problems = checkNewMethod(input, existing);
if (existsSync(`src/content/results/${input.slug}.yaml`))
  problems.push(`src/content/results/${input.slug}.yaml already exists`);
if (problems.length) {
  console.error(
    `Nothing written:\n${problems.map((p) => `  - ${p}`).join('\n')}\nUsage: npm run new -- <slug> --title "Paper title" --arxiv 2501.01234`,
  );
  process.exit(1);
}
writeFileSync(`src/content/methods/${input.slug}.mdx`, methodStub(input));
writeFileSync(`src/content/results/${input.slug}.yaml`, resultsStub(input.slug));
console.log(`Wrote src/content/methods/${input.slug}.mdx and src/content/results/${input.slug}.yaml.
Next: fill the TODOs, add result rows with their sources, and run npm test.`);
