// `npm run bench`: builds the site and writes reports/quality.md and reports/quality.json —
// build time; per page gzip bytes (HTML, CSS, JS, fonts) and request counts; the JavaScript each
// figure adds; Lighthouse scores (desktop and mobile) for three pages; and, per figure, the
// main-thread time of a step change measured from a Chromium trace (median and worst over all steps).
// A benchmark, not a test: it reports numbers and never fails on them.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { FIGURE_IDS } from './figure-ids.mjs';
import { findChromium, HOW_TO_FIX } from './find-chromium.mjs';
import { gzipBytes, htmlPages, inlineScripts, pageAssets } from './site-files.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4329);
const BASE = `http://127.0.0.1:${PORT}`;
const FIGURES = FIGURE_IDS;
const KB = 1024;
const env = { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };

const chromePath = await findChromium();
if (!chromePath) {
  console.error(HOW_TO_FIX);
  process.exit(1);
}

// 1. Build time.
const t0 = Date.now();
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (Date.now() - t0) / 1000;

// 2. Bytes per page.
const sum = (files) => files.reduce((n, f) => n + gzipBytes(f), 0);
const pages = htmlPages().map((file) => {
  const a = pageAssets(file);
  const fonts = a.fonts.reduce((n, f) => n + readFileSync(f).length, 0);
  const inlineJs = inlineScripts(a.html);
  return {
    url: a.url,
    html: gzipBytes(file),
    css: sum(a.css),
    js: sum(a.siteJs) + sum(a.islandJs) + (inlineJs ? gzipSync(inlineJs).length : 0),
    islandJs: sum(a.islandJs),
    fonts,
    requests: 1 + a.css.length + a.siteJs.length + a.islandJs.length + a.fonts.length,
  };
});
for (const p of pages) p.total = p.html + p.css + p.js + p.fonts;

// JavaScript each figure adds: its embed page's island JS minus the player/runtime shared by all.
const embedJs = Object.fromEntries(
  FIGURES.map((id) => {
    const file = htmlPages().find((f) => f.endsWith(`/en/embed/${id}/index.html`));
    const a = file ? pageAssets(file) : null;
    return [id, a ? a.islandJs : []];
  }),
);
const shared = Object.values(embedJs).reduce((common, files) => (common ? common.filter((f) => files.includes(f)) : files), null) ?? [];
const figureJs = FIGURES.map((id) => ({
  id,
  total: sum(embedJs[id]),
  own: sum(embedJs[id].filter((f) => !shared.includes(f))),
}));
const sharedJs = sum(shared);

// 3. Serve the build.
const server = spawn('astro', ['preview', '--port', String(PORT), '--host', '127.0.0.1'], { env, stdio: 'ignore' });
async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/en/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('preview server did not start');
}

const report = { date: new Date().toISOString(), buildSeconds, sharedPlayerJs: sharedJs, figureJs, pages, lighthouse: [], stepTiming: [] };
try {
  await waitForServer();

  // 4. Lighthouse.
  const targets = ['/en/', '/en/old-hotpatch/', '/en/present/old-patch-bytes/'];
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const path of targets) {
      for (const form of ['desktop', 'mobile']) {
        const result = await lighthouse(
          BASE + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
          form === 'desktop' ? desktopConfig : undefined,
        );
        const c = result?.lhr.categories ?? {};
        const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
        report.lighthouse.push({ path, form, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
        console.log(`lighthouse ${form} ${path}: ${JSON.stringify(report.lighthouse.at(-1))}`);
      }
    }
  } finally {
    chrome.kill();
  }

  // 5. Main-thread time of a step change, from a Chromium trace: every renderer main-thread task
  //    from the click until the step has settled.
  const SETTLE_MS = 450;
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const id of FIGURES) {
      await page.goto(`${BASE}/en/embed/${id}/`);
      await page.locator('.player.mounted').waitFor();
      const total = Number(await page.locator('input[type="range"]').getAttribute('max'));
      // A raw mouse click at the button: Playwright's locator.click() runs its own actionability
      // scripts in the page, which the trace would count as the figure's work.
      const next = await page.getByRole('button', { name: 'Next step', exact: true }).boundingBox();
      if (!next) throw new Error(`bench: ${id}: no Next step button to click`);
      // Click to next paint, as the reader feels it (Event Timing; the API reports only ≥ 16 ms).
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__clickMs = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.name === 'click') w.__clickMs.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16 });
      });
      const times = [];
      for (let n = 1; n < total; n++) {
        await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'] });
        await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
        // Until the step has settled: transitions (≤ 400 ms) and the deferred URL hash write.
        await page.waitForTimeout(SETTLE_MS);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
        const events = trace.traceEvents ?? trace;
        const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
        const busy = events
          .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`))
          .reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
        times.push(busy);
      }
      times.sort((a, b) => a - b);
      const median = times.length ? times[Math.floor(times.length / 2)] : 0;
      // A trace without renderer tasks means the measurement failed: say so rather than report 0 ms.
      const measured = times.some((t) => t > 0);
      const slowClicks = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__clickMs)).sort((a, b) => a - b);
      // Clicks under 16 ms go unreported: they are the fastest, so the median is among the reported
      // ones only if enough were reported (null means "under 16 ms").
      const middle = Math.floor(times.length / 2) - (times.length - slowClicks.length);
      const clickMedianMs = middle >= 0 ? (slowClicks[middle] ?? null) : null;
      report.stepTiming.push({
        id,
        steps: total,
        medianMs: measured ? +median.toFixed(2) : null,
        worstMs: measured ? +(times.at(-1) ?? 0).toFixed(2) : null,
        clickToPaintMedianMs: clickMedianMs,
        clickToPaintWorstMs: slowClicks.at(-1) ?? null,
      });
      console.log(`step timing ${id}: median ${median.toFixed(2)} ms, worst ${(times.at(-1) ?? 0).toFixed(2)} ms over ${times.length} changes; click to paint: ${slowClicks.length} of ${times.length} at 16 ms or more, worst ${slowClicks.at(-1) ?? '< 16'} ms`);
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}

// 6. Write the report.
const f = (n) => (n / KB).toFixed(1);
const md = [
  '# Quality report',
  '',
  `Generated ${report.date} by \`npm run bench\` on this machine (numbers vary by machine; bytes do not).`,
  '',
  `Build time (astro build + Pagefind): **${buildSeconds.toFixed(1)} s**.`,
  '',
  '## JavaScript per figure (gzip)',
  '',
  `The player, Svelte runtime and shared code every figure loads: **${f(sharedJs)} KB**.`,
  '',
  '| figure | total JS on its embed page | of which its own code |',
  '|---|---:|---:|',
  ...figureJs.map((x) => `| ${x.id} | ${f(x.total)} KB | ${f(x.own)} KB |`),
  '',
  '## Lighthouse',
  '',
  '| page | form | performance | accessibility | best practices | SEO |',
  '|---|---|---:|---:|---:|---:|',
  ...report.lighthouse.map((l) => `| ${l.path} | ${l.form} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`),
  '',
  '## Main-thread time of a step change (Chromium trace: sum of renderer main-thread tasks from a mouse click on Next until 450 ms later and two frames, so transitions and the deferred URL update count; tracing overhead included)',
  '',
  'Click to next paint is the Event Timing duration of the click (what a reader feels; the browser reports only values of 16 ms or more).',
  '',
  '| figure | steps | main thread, median | main thread, worst | click to next paint, median | click to next paint, worst |',
  '|---|---:|---:|---:|---:|---:|',
  ...report.stepTiming.map((s) => {
    const paint = (ms) => (ms === null ? '< 16 ms' : `${Math.round(ms)} ms`);
    return s.medianMs === null
      ? `| ${s.id} | ${s.steps} | not measured | not measured | | |`
      : `| ${s.id} | ${s.steps} | ${s.medianMs} ms | ${s.worstMs} ms | ${paint(s.clickToPaintMedianMs)} | ${paint(s.clickToPaintWorstMs)} |`;
  }),
  '',
  '## Bytes per page (gzip KB; fonts as shipped woff2)',
  '',
  'Everything a page can load, every figure on it hydrated (a reader who scrolls to the end). What a page transfers before interaction, and the budgets, are in `reports/budgets.md` (`npm test`).',
  '',
  '| page | HTML | CSS | JS (all figures) | fonts | total | requests |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...pages.map((p) => `| ${p.url} | ${f(p.html)} | ${f(p.css)} | ${f(p.js)} | ${f(p.fonts)} | ${f(p.total)} | ${p.requests} |`),
  '',
];
mkdirSync('reports', { recursive: true });
writeFileSync('reports/quality.md', md.join('\n'));
writeFileSync('reports/quality.json', JSON.stringify(report, null, 2));
console.log('Wrote reports/quality.md and reports/quality.json');
