// npm test: every gate of the project, each an npm script of its own (package.json), in two lanes at
// once (this project's machines have two cores). A step starts when its lane reaches it and the step
// it needs has passed:
//
//   lane 1: format → Astro's types → astro check → build → browser tests
//   lane 2: unit and build tests → lint → unused code → html-validate → Nu checker → links
//
// so the browser tests, the longest step, start as soon as the site is built. A step's output is
// printed whole when it ends, under its name, so that lanes do not interleave. When a step fails,
// no other step starts and the running ones are stopped; the run names the failed step and exits
// non-zero. `node scripts/test.mjs --list` prints the plan.
import { spawn } from 'node:child_process';

/** The lanes: npm scripts run in turn. */
const LANES = [
  ['format:check', 'sync', 'check', 'build', 'test:e2e'],
  ['test:unit', 'lint', 'knip', 'test:html', 'test:nu', 'test:links'],
];

/** The step each step needs to have passed first (astro sync writes the types, .astro/, that the type checks read). */
const NEEDS = {
  check: 'sync',
  lint: 'sync',
  knip: 'sync',
  'test:e2e': 'build',
  'test:html': 'build',
  'test:nu': 'build',
  'test:links': 'build',
};

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = performance.now();
/** Each step's outcome, settled when it ends (true when it passed) or when the run stops before it. */
const outcome = new Map(
  LANES.flat().map((s) => {
    let settle;
    const done = new Promise((resolve) => (settle = resolve));
    return [s, { done, settle }];
  }),
);
const running = new Set();
/** @type {string | undefined} The first step that failed. */
let failed;

/** Runs `npm run <script>` in a process group of its own; resolves to whether it passed, after printing its output. */
function step(script) {
  const begun = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      detached: true,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    running.add(child);
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => {
      running.delete(child);
      const ok = code === 0;
      const text = Buffer.concat(out).toString('utf8').trimEnd();
      const verdict = ok ? 'passed' : failed ? `stopped (${failed} failed)` : `FAILED (${signal ?? `exit ${code}`})`;
      console.log(`\n── ${script}: ${verdict} in ${seconds(performance.now() - begun)}`);
      if (text) console.log(text);
      resolve(ok);
    });
  });
}

/** Runs a lane's scripts in turn, each after the step it needs; stops at the first failure anywhere. */
async function lane(scripts) {
  for (const s of scripts) {
    const need = NEEDS[s];
    if (need && !(await outcome.get(need).done)) return;
    if (failed) return;
    const ok = await step(s);
    outcome.get(s).settle(ok);
    if (!ok) {
      failed ??= s;
      for (const child of running) process.kill(-child.pid, 'SIGTERM');
      // Nothing else starts: whatever waits on a step that will not run now stops.
      for (const { settle } of outcome.values()) settle(false);
      return;
    }
  }
}

if (process.argv.includes('--list')) {
  LANES.forEach((l, i) => console.log(`lane ${i + 1}: ${l.join(' → ')}`));
  for (const [s, need] of Object.entries(NEEDS)) console.log(`${s} starts after ${need} has passed`);
  process.exit(0);
}

await Promise.all(LANES.map(lane));
console.log(`\nnpm test ${failed ? `FAILED (${failed})` : 'passed'} in ${seconds(performance.now() - started)}`);
process.exit(failed ? 1 : 0);
