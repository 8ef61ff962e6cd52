// npm run check:content [-- <folder>]: the build's content guard alone, for a change to content only.
// It validates every method page, results file and concept page with the schemas the build uses and
// lists every problem with its file, row and field. With CI set, "TODO" placeholders are errors too.
import { runnerImport } from 'vite';

const started = performance.now();
const { module: guard } = await runnerImport('./src/integrations/content-guard.ts', {
  configFile: false,
  logLevel: 'silent',
});
const root = process.argv[2] ?? process.cwd();
const errors = guard.checkContentDir(root, { strictPlaceholders: Boolean(process.env.CI) });
const ms = Math.round(performance.now() - started);
if (errors.length) {
  console.error(
    `Invalid content (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n${errors.map((e) => `  - ${e}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`content: every method page, results file, concept page and translation is valid (${ms} ms)`);
