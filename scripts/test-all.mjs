// `npm test`: every check — dependencies, lint, formatting, types, unit tests, build, end-to-end
// tests in Chromium (with axe), budgets and HTML validity of the built site. Ends with one line:
// "N passed, N failed".
//
// The build runs beside the source checks; the end-to-end tests start once it is done, with the
// remaining checks one at a time beside them (see below). Output of a check that ran beside others
// is printed in one piece when it ends; the end-to-end tests stream theirs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

mkdirSync('reports', { recursive: true });
const env = { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };
const CORES = Math.max(1, availableParallelism());
const summary = [];
let passed = 0;
let failed = 0;
const started = Date.now();

/** Runs one command; resolves to whether it exited 0. `alone` streams its output as it comes. */
function run(label, command, args, { alone = false } = {}) {
  const t0 = Date.now();
  if (alone) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const done = (ok) => {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (!alone) process.stdout.write(`\n▶ ${label}: ${command} ${args.join(' ')} (${seconds} s)\n${output}`);
      summary.push(`${ok ? '✓' : '✗'} ${label} (${seconds} s)`);
      resolve(ok);
    };
    child.on('error', (err) => {
      output += `${err.message}\n`;
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A check that is one test: it counts as one passed or failed. */
async function single(label, command, args, options) {
  const ok = await run(label, command, args, options);
  if (ok) passed++;
  else failed++;
  return ok;
}

async function unitTests() {
  const ok = await run('unit tests (vitest)', 'vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=reports/unit.json',
  ]);
  const unit = readJson('reports/unit.json');
  if (!unit) {
    if (!ok) failed++;
    return ok;
  }
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (ok || unit.numFailedTests ? 0 : 1);
  return ok;
}

// The build comes first, beside the source checks (as many at a time as there are cores). The
// end-to-end tests start the moment the build is done; the checks still waiting (and those that
// need the built site: astro check, budgets, both HTML validators) run one at a time beside them,
// filling the moments the browsers wait. `astro check` waits for the build because both write the
// generated types in .astro/.
const checks = [
  {
    name: 'svelte-check',
    run: () =>
      single('types (svelte-check)', 'svelte-check', ['--tsconfig', './tsconfig.svelte.json', '--fail-on-warnings']),
  },
  { name: 'unit', run: unitTests },
  { name: 'deps', run: () => single('dependencies (check-deps)', 'node', ['scripts/check-deps.mjs']) },
  // Both cache per file in node_modules/.cache: a second run re-reads only what changed.
  {
    name: 'lint',
    run: () => single('lint (eslint)', 'eslint', ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']),
  },
  {
    name: 'format',
    run: () => single('formatting (prettier --check)', 'prettier', ['--check', '--cache', '--log-level', 'warn', '.']),
  },
];
const afterBuild = [
  { name: 'astro-check', run: () => single('types (astro check)', 'astro', ['check']) },
  { name: 'budgets', run: () => single('budgets and audits (built site)', 'node', ['scripts/budgets.mjs']) },
  { name: 'html-validate', run: () => single('HTML validity (html-validate)', 'node', ['scripts/validate-html.mjs']) },
  { name: 'vnu', run: () => single('HTML validity (Nu Html Checker)', 'node', ['scripts/validate-html-vnu.mjs']) },
];

async function endToEnd() {
  const e2eOk = await run(
    'end-to-end tests (Playwright, Chromium, axe)',
    'node',
    ['scripts/with-chromium.mjs', 'playwright', 'test'],
    { alone: true },
  );
  const e2e = readJson('reports/e2e.json');
  if (e2e?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
    passed += expected;
    failed += unexpected + flaky;
    // No test here is skipped on purpose: after a failed run, skipped ones were interrupted or never ran.
    if (!e2eOk) failed += skipped || (unexpected + flaky ? 0 : 1);
  } else if (!e2eOk) failed++;
}

/** Takes checks off `queue` one at a time until it is empty. */
async function drain(queue) {
  for (let job = queue.shift(); job; job = queue.shift()) await job.run();
}

let buildDone = false;
const queue = [...checks];
const building = single('build (astro build + pagefind)', 'npm', ['run', 'build', '--silent']).then((ok) => {
  buildDone = true;
  return ok;
});
// While the build runs: CORES - 1 lanes of source checks beside it; each stops once the build is done.
const lanes = Array.from({ length: Math.max(1, CORES - 1) }, async () => {
  while (!buildDone && queue.length) await queue.shift().run();
});
if (await building) {
  queue.push(...afterBuild);
  // One lane beside the browsers; once they are done, every core takes from what is left.
  const e2eDone = endToEnd().then(() => Promise.all(Array.from({ length: CORES - 1 }, () => drain(queue))));
  await Promise.all([e2eDone, drain(queue), ...lanes]);
} else {
  await Promise.all([drain(queue), ...lanes]);
  summary.push('- end-to-end tests, astro check, budgets and HTML validity skipped: the build failed');
  failed++;
}

console.log(`\nSummary (${CORES} cores, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
for (const line of summary) console.log(`  ${line}`);
if (existsSync('reports/budgets.md')) console.log('  budget report: reports/budgets.md');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
