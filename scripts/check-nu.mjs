// Every built page through the W3C Nu HTML Checker (the validator behind validator.w3.org/nu, from the
// npm package vnu-jar), in one Java run over the whole folder. It reads HTML as the HTML standard does
// and knows its content models (MathML's included), so it finds what html-validate's rules do not: a
// tag after </html>, a space in a link, an element in a place the standard does not allow it.
// Any error fails; warnings are not reported. Needs Java 11 or newer (`java` on the PATH).
// Usage: node scripts/check-nu.mjs [folder]   (default: dist)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(process.argv[2] ?? 'dist');
const pages = existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).length : 0;
if (pages === 0) {
  console.error(`No HTML pages in ${dir}: build the site first (npm run build).`);
  process.exit(1);
}

// The package's main export is the path of vnu.jar. Java is run directly: the package's own launcher
// would download a Java runtime when none is installed.
const jar = String(createRequire(import.meta.url)('vnu-jar'));
// JVM flags for one short single-threaded run: the checker's schema evaluation recurses deeply (it asks
// for at least 512 KB of thread stack, more than the default once only the quick compiler is used); the
// quick compiler alone and the serial collector halve its CPU time and memory (about 10 s, 360 MB here).
const JVM = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
const run = spawnSync('java', [...JVM, '-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', dir], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (run.error) {
  console.error(
    `Could not run java (${run.error.message}). The Nu HTML Checker needs Java 11 or newer: ` +
      'apt-get install default-jre-headless (Debian, Ubuntu), or any JDK on the PATH.',
  );
  process.exit(1);
}

// The report is JSON on stderr, after anything the JVM itself prints there (e.g. "Picked up JAVA_TOOL_OPTIONS").
const report = run.stderr.slice(Math.max(0, run.stderr.indexOf('{"')));
let messages;
try {
  ({ messages } = JSON.parse(report));
} catch {
  console.error(`The Nu HTML Checker did not report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const where = (m) => {
  const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
  return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
};
// "error" (with subType "fatal" when the parser gives up on the page) and "non-document-error" (a file
// it could not read) both fail.
const errors = messages.filter((m) => m.type !== 'info');
for (const m of errors) console.error(`${where(m)}: ${m.subType ?? m.type}: ${m.message}`);
const files = new Set(errors.map((m) => m.url)).size;
if (errors.length > 0) {
  console.error(`Nu HTML Checker: ${errors.length} error(s) in ${files} of ${pages} pages.`);
  process.exit(1);
}
if (run.status !== 0) {
  console.error(`The Nu HTML Checker exited with ${run.status} without naming an error:\n${run.stderr}`);
  process.exit(1);
}
console.log(`Nu HTML Checker: ${pages} pages, no errors.`);
