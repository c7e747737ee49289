// Finds a Chromium for Playwright: $CHROMIUM_PATH, then the system's, then Playwright's own. On a
// machine with none, running as root with apt, it installs Debian's chromium and its old headless
// shell (and CJK fonts for Japanese screenshots). Otherwise it fails with one line saying how to fix it.
//
// For tests (`findChromium({ headlessShell: true })`) the headless shell comes first: the same engine
// without the full browser around it, it loaded three of our pages and ran axe on them in 51–52 s
// where the full browser took 61–90 s (same machine, same load). Lighthouse (npm run bench) keeps the
// full browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

let aptTried = false;

/** Installs the browsers with apt, at most once per run (a failed install is not retried). */
function aptInstall() {
  if (aptTried || !isRoot() || !existsSync('/usr/bin/apt-get')) return false;
  aptTried = true;
  console.error('Installing Debian chromium, chromium-headless-shell and fonts-noto-cjk with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', 'ignore', 'inherit'], env };
  if (spawnSync('apt-get', ['update', '-qq'], opts).status !== 0) return false;
  const packages = ['chromium', 'chromium-headless-shell', 'fonts-noto-cjk'];
  return spawnSync('apt-get', ['install', '-y', '-qq', ...packages], opts).status === 0;
}

export async function findChromium({ headlessShell = false } = {}) {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const value = process.env[name];
    if (value && existsSync(value)) return value;
  }
  const paths = headlessShell ? [HEADLESS_SHELL, ...SYSTEM_PATHS] : SYSTEM_PATHS;
  // The visual baselines (e2e/visual.spec.ts-snapshots) are the headless shell's pictures: where it
  // can be installed (root with apt), the tests get it even if a full Chromium is already there.
  if (headlessShell && !existsSync(HEADLESS_SHELL) && aptInstall() && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  for (const path of paths) if (existsSync(path)) return path;
  const own = await playwrightOwn();
  if (own) return own;
  if (aptInstall()) for (const path of paths) if (existsSync(path)) return path;
  return null;
}

export const HOW_TO_FIX =
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.';

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (!path) {
    console.error(HOW_TO_FIX);
    process.exit(1);
  }
  console.log(path);
  try {
    execFileSync(path, ['--version'], { stdio: 'inherit' });
  } catch {
    /* the version is informative only */
  }
}
