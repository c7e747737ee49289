// `npm test`: every check, in order — types, unit tests, build, end-to-end tests in Chromium (with
// axe), budgets and audits on the built site. Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const env = { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };
const summary = [];
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  summary.push(`${ok ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A stage that is one check: it counts as one passed or failed test. */
function single(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

single('types (astro check)', 'astro', ['check']);
single('types (svelte-check)', 'svelte-check', ['--tsconfig', './tsconfig.svelte.json', '--fail-on-warnings']);

const unitOk = run('unit tests (vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json']);
const unit = readJson('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unitOk || unit.numFailedTests ? 0 : 1);
} else if (!unitOk) failed++;

const built = single('build (astro build + pagefind)', 'npm', ['run', 'build', '--silent']);

if (built) {
  const e2eOk = run('end-to-end tests (Playwright, Chromium, axe)', 'node', ['scripts/with-chromium.mjs', 'playwright', 'test']);
  const e2e = readJson('reports/e2e.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    if (!e2eOk && !e2e.stats.unexpected && !e2e.stats.flaky) failed++;
  } else if (!e2eOk) failed++;
  single('budgets and audits (built site)', 'node', ['scripts/budgets.mjs']);
  single('HTML validity (html-validate)', 'node', ['scripts/validate-html.mjs']);
} else {
  summary.push('- end-to-end tests and budgets skipped: the build failed');
  failed++;
}

console.log('\nSummary');
for (const line of summary) console.log(`  ${line}`);
if (existsSync('reports/budgets.md')) console.log('  budget report: reports/budgets.md');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
