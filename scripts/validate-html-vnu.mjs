// HTML validity of every built page by the Nu Html Checker (vnu-jar, the W3C validator's engine),
// in one JVM over dist/. Zero errors required; each is printed with its page, line and message.
// Needs Java ≥ 11: when `java` is missing and we are root with apt (CI on a fresh machine), installs
// Debian's headless JRE, as find-chromium.mjs does for Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';
import { DIST, htmlPages } from './site-files.mjs';

/**
 * Messages that are not ours, each with why. Astro writes `<style>astro-island,…{display:contents}
 * </style>` into <body> right before the first island (astro/dist/runtime/server/scripts.js
 * getPrescripts); no option moves it to <head>. Only that exact style is let through.
 */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const IGNORED = [
  (m) =>
    m.message === 'A “style” element in “body” must be the first child of its parent.' &&
    sourceAt(m).startsWith(ASTRO_ISLAND_STYLE),
];

const lines = new Map();
/** The page's text from the message's first column on (vnu counts UTF-16 units, 1-based, as JS does). */
function sourceAt(m) {
  if (!m.url || !m.lastLine || !m.firstColumn) return '';
  const file = fileURLToPath(m.url);
  if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
  return (lines.get(file)[m.lastLine - 1] ?? '').slice(m.firstColumn - 1);
}

function hasJava() {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

function installJava() {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.error('No Java found: installing Debian default-jre-headless with apt-get…');
  const opts = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (spawnSync('apt-get', ['update', '-qq'], opts).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], opts).status === 0 && hasJava();
}

if (!hasJava() && !installJava()) {
  console.error(
    'The Nu Html Checker needs Java: install it (Debian/Ubuntu: sudo apt-get install -y default-jre-headless), then run npm test again.',
  );
  process.exit(1);
}

const pages = htmlPages();
const result = spawnSync('java', ['-Xss1024k', '-jar', String(vnuJar), '--errors-only', '--format', 'json', ...pages], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let messages;
try {
  messages = JSON.parse(result.stderr || result.stdout).messages;
} catch {
  console.error(result.stderr || result.stdout || `vnu exited with ${result.status}`);
  process.exit(1);
}
const errors = messages
  .filter((m) => m.type === 'error' || m.type === 'non-document-error')
  .filter((m) => !IGNORED.some((ignore) => ignore(m)));
for (const m of errors.slice(0, 60)) {
  const file = m.url ? relative(process.cwd(), fileURLToPath(m.url)) : DIST;
  console.error(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0} ${m.message}`);
}
if (errors.length) {
  const files = new Set(errors.map((m) => m.url));
  console.error(`Nu Html Checker: ${errors.length} error(s) in ${files.size} of ${pages.length} pages`);
  process.exit(1);
}
console.log(`Nu Html Checker: ${pages.length} pages, 0 errors`);
