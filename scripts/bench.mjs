// `npm run bench`: builds the site and writes reports/quality.md and reports/quality.json —
//  1. build time;
//  2. bytes and requests per page type (from `scripts/budgets.mjs`, the same numbers `npm test` checks);
//  3. the JavaScript each figure adds;
//  4. Lighthouse (desktop and mobile, system Chromium), served as a real host serves it: gzip and
//     Cache-Control from scripts/static-server.mjs on 127.0.0.1; FCP, LCP, TBT and CLS as median and
//     worst over BENCH_RUNS runs (default 3);
//  5. per figure, the main-thread time of a step change from a Chromium trace: a mouse click on Next
//     (scrolled into view first), every renderer main-thread task until the step has settled; a
//     sample counts only if the range input's value and the status caption advanced;
//  6. per figure on its article page, the hydration cost: renderer main-thread tasks from the moment
//     the figure is scrolled into view until its island has hydrated (`astro-island` lost `ssr` and
//     the player is mounted), median and worst over BENCH_RUNS fresh pages.
// A benchmark, not a test: it reports numbers and never fails on them (it fails if a measurement
// did not measure what it claims: a step that did not advance, an island that did not hydrate).
// BENCH_RUNS=1 BENCH_LIGHTHOUSE=/en/,/en/old-hotpatch/ for a quicker run on a loaded machine; steps only:
// BENCH_LIGHTHOUSE= BENCH_HYDRATION=0 BENCH_BUILD=0 (BENCH_FIGURES=new-redirect,old-race for some figures).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { FIGURE_IDS } from './figure-ids.mjs';
import { findChromium, HOW_TO_FIX } from './find-chromium.mjs';
import { gzipBytes, htmlPages, pageAssets } from './site-files.mjs';
import { serveDist } from './static-server.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4329);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** CPU throttling rates for the hydration measurement (BENCH_CPU=1,4). */
const CPU_RATES = (process.env.BENCH_CPU ?? '1,4')
  .split(',')
  .map(Number)
  .filter((n) => n >= 1);
/** BENCH_STEPS=0 skips the step-change measurement, BENCH_HYDRATION=0 the hydration cost. */
const STEPS = process.env.BENCH_STEPS !== '0';
const HYDRATION = process.env.BENCH_HYDRATION !== '0';
const LH_PAGES = (process.env.BENCH_LIGHTHOUSE ?? '/en/,/en/glossary/,/en/old-hotpatch/,/en/present/old-patch-bytes/')
  .split(',')
  .filter(Boolean);
/** BENCH_FIGURES=a,b measures only those figures (unknown ids are an error, not a silent skip). */
const FIGURES = process.env.BENCH_FIGURES ? process.env.BENCH_FIGURES.split(',').filter(Boolean) : FIGURE_IDS;
for (const id of FIGURES) {
  if (!FIGURE_IDS.includes(id)) {
    console.error(`bench: unknown figure id ${id} in BENCH_FIGURES (known: ${FIGURE_IDS.join(', ')})`);
    process.exit(1);
  }
}
const KB = 1024;
const env = { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const worst = (xs) => (xs.length ? Math.max(...xs) : null);
const round = (x, d = 0) => (x === null || x === undefined ? null : +x.toFixed(d));

const chromePath = await findChromium();
if (!chromePath) {
  console.error(HOW_TO_FIX);
  process.exit(1);
}

// 1. Build time.
// BENCH_BUILD=0 measures the dist/ already built (no build time in the report).
const t0 = Date.now();
if (process.env.BENCH_BUILD !== '0') {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const buildSeconds = (Date.now() - t0) / 1000;

// 2. Bytes and requests: the budget script's numbers.
spawnSync('node', ['scripts/budgets.mjs'], { stdio: 'inherit', env });
const budgets = JSON.parse(readFileSync('reports/budgets.json', 'utf8'));

// 3. JavaScript each figure adds: its embed page's island JS minus what every figure shares.
const sum = (files) => files.reduce((n, f) => n + gzipBytes(f), 0);
// Over every figure (whatever BENCH_FIGURES says): "shared" is what all of them load.
const embedJs = Object.fromEntries(
  FIGURE_IDS.map((id) => {
    const file = htmlPages().find((f) => f.endsWith(`/en/embed/${id}/index.html`));
    return [id, file ? pageAssets(file).islandJs : []];
  }),
);
const shared =
  Object.values(embedJs).reduce((common, files) => (common ? common.filter((f) => files.includes(f)) : files), null) ??
  [];
const figureJs = FIGURE_IDS.map((id) => ({
  id,
  total: sum(embedJs[id]),
  own: sum(embedJs[id].filter((f) => !shared.includes(f))),
}));
const sharedJs = sum(shared);
/** The English article page that shows each figure. */
const articleOf = Object.fromEntries(
  FIGURES.map((id) => {
    const file = htmlPages().find(
      (f) => /dist\/en\/[^/]+\/index\.html$/.test(f) && readFileSync(f, 'utf8').includes(`data-figure="${id}"`),
    );
    return [id, file ? file.replace(/^dist/, '').replace(/index\.html$/, '') : null];
  }),
);

// 4–6 run against the gzip server.
const server = await serveDist({ port: PORT });
const BASE = server.url;
const loadAtStart = loadavg()[0];
const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  lighthousePages: LH_PAGES,
  cores: cpus().length,
  loadAverage: null,
  buildSeconds,
  sharedPlayerJs: sharedJs,
  figureJs,
  budgets: budgets.pages,
  lighthouse: [],
  stepTiming: [],
  hydration: [],
};
const TRACE = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];
/** Renderer main-thread tasks in a Chromium trace: total and longest, in ms. */
function mainThread(buffer) {
  const trace = JSON.parse(buffer.toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const threads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.dur ?? 0) / 1000);
  return {
    total: tasks.reduce((a, b) => a + b, 0),
    longest: Math.max(0, ...tasks),
    over50: tasks.filter((t) => t > 50).length,
  };
}

/**
 * Trace events that run script (nested ones overlap: their time is counted once, as a union). An
 * event's dispatch counts whole: its listeners and the microtasks after them (where Svelte applies
 * the new state), with any layout they force.
 */
const SCRIPT = new Set([
  'EventDispatch',
  'FunctionCall',
  'RunMicrotasks',
  'EvaluateScript',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'V8.Execute',
]);
/** Total length of the union of [start, end] intervals (µs), clipped to [from, to]. */
function unionLength(intervals, from = -Infinity, to = Infinity) {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [a, b] of clipped) {
    if (a > end) {
      total += end - start > 0 ? end - start : 0;
      [start, end] = [a, b];
    } else end = Math.max(end, b);
  }
  return total + (end - start > 0 ? end - start : 0);
}
/**
 * A step change's cost from its trace: every renderer main-thread task (total), and the script of the
 * click up to its first frame: script run from the pointer's press until the first Paint after the
 * click event (what delays the reader's first sight of the new step). Also how often and how long
 * the page laid out, recalculated style and painted (a motion that runs on the compositor does none of
 * these per frame). Times in ms.
 */
function stepCost(buffer) {
  const trace = JSON.parse(buffer.toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const threads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const main = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  const sumOf = (name) => main.filter((e) => e.name === name).reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  const countOf = (name) => main.filter((e) => e.name === name).length;
  const dispatch = (type) => main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  const press = dispatch('pointerdown') ?? dispatch('mousedown');
  const click = dispatch('click');
  const paint = click
    ? (main.find((e) => e.name === 'Paint' && e.ts >= click.ts) ??
      main.find((e) => e.name === 'Commit' && e.ts >= click.ts))
    : undefined;
  const script = main.filter((e) => SCRIPT.has(e.name)).map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  // Layout and style recalculation run inside script before the first frame: forced by a read
  // after a write (a synchronous layout the frame would have done anyway, but later and once).
  const inScript = (e) => script.some(([a, b]) => e.ts >= a && e.ts + (e.dur ?? 0) <= b);
  const forced = main
    .filter(
      (e) =>
        (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
        press &&
        paint &&
        e.ts >= press.ts &&
        e.ts < paint.ts &&
        inScript(e),
    )
    .reduce((n, e) => n + (e.dur ?? 0), 0);
  return {
    total: sumOf('RunTask'),
    firstFrameScript: press && paint ? unionLength(script, press.ts, paint.ts) / 1000 : null,
    forcedLayout: press && paint ? forced / 1000 : null,
    script: unionLength(script) / 1000,
    layouts: countOf('Layout'),
    layoutMs: sumOf('Layout'),
    styleMs: sumOf('UpdateLayoutTree'),
    paints: countOf('Paint'),
    paintMs: sumOf('Paint'),
  };
}

try {
  // 4. Lighthouse (BENCH_LIGHTHOUSE= with no pages: skipped).
  const chrome =
    LH_PAGES.length === 0
      ? null
      : await chromeLauncher.launch({
          chromePath,
          chromeFlags: [
            '--headless=new',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        });
  try {
    for (const form of chrome ? ['mobile', 'desktop'] : []) {
      for (const path of LH_PAGES) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(
            BASE + path,
            {
              port: chrome?.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            },
            form === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result?.lhr;
          const score = (k) => (lhr?.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
          const metric = (k) => lhr?.audits[k]?.numericValue ?? null;
          runs.push({
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            fcp: metric('first-contentful-paint'),
            lcp: metric('largest-contentful-paint'),
            tbt: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
          });
        }
        const pick = (k) => runs.map((r) => r[k]).filter((v) => v !== null);
        const row = { path, form, runs: runs.length };
        for (const k of ['performance', 'accessibility', 'bestPractices', 'seo']) {
          row[k] = median(pick(k));
          row[`${k}Worst`] = pick(k).length ? Math.min(...pick(k)) : null;
        }
        for (const k of ['fcp', 'lcp', 'tbt']) {
          row[k] = round(median(pick(k)));
          row[`${k}Worst`] = round(worst(pick(k)));
        }
        row.cls = round(median(pick('cls')), 3);
        row.clsWorst = round(worst(pick('cls')), 3);
        report.lighthouse.push(row);
        console.log(
          `lighthouse ${form} ${path}: performance ${row.performance}, LCP ${row.lcp} ms (worst ${row.lcpWorst}), TBT ${row.tbt} ms, CLS ${row.cls}`,
        );
      }
    }
  } finally {
    chrome?.kill();
  }

  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // 5. Step change, per figure, on its embed page.
    const SETTLE_MS = 450;
    for (const id of STEPS ? FIGURES : []) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${BASE}/en/embed/${id}/`);
      await page.locator('.player.mounted').waitFor();
      const range = page.locator('input[type="range"]').first();
      const status = page.locator('[role="status"]').first();
      const total = Number(await range.getAttribute('max'));
      const nextButton = page.getByRole('button', { name: 'Next step', exact: true }).first();
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__clickMs = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.name === 'click') w.__clickMs.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16 });
      });
      const costs = [];
      for (let n = 1; n < total; n++) {
        // In view, outside the measured window: a click outside the viewport hits nothing.
        await nextButton.scrollIntoViewIfNeeded();
        const box = await nextButton.boundingBox();
        if (!box) throw new Error(`bench: ${id}: no Next step button to click`);
        const before = { value: await range.inputValue(), caption: await status.textContent() };
        await browser.startTracing(page, { categories: TRACE });
        // A raw mouse click: locator.click() would run Playwright's own scripts inside the trace.
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(SETTLE_MS);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const cost = stepCost(await browser.stopTracing());
        const after = { value: await range.inputValue(), caption: await status.textContent() };
        if (Number(after.value) !== Number(before.value) + 1 || after.caption === before.caption) {
          throw new Error(
            `bench: ${id}: the click on Next did not advance the step (range ${before.value} → ${after.value}, caption ${after.caption === before.caption ? 'unchanged' : 'changed'})`,
          );
        }
        costs.push(cost);
      }
      const times = costs.map((c) => c.total);
      const of = (k) => costs.map((c) => c[k]).filter((v) => v !== null);
      const slowClicks = /** @type {number[]} */ (
        await page.evaluate(() => /** @type {any} */ (window).__clickMs)
      ).sort((a, b) => a - b);
      // Clicks under 16 ms go unreported: they are the fastest, so the median is among the reported
      // ones only if enough were reported (null means "under 16 ms").
      const middle = Math.floor((times.length - 1) / 2) - (times.length - slowClicks.length);
      report.stepTiming.push({
        id,
        steps: total,
        samples: times.length,
        medianMs: round(median(times), 1),
        worstMs: round(worst(times), 1),
        clickToPaintMedianMs: middle >= 0 ? (slowClicks[middle] ?? null) : null,
        clickToPaintWorstMs: slowClicks.at(-1) ?? null,
        // Null when no frame was found after the click (a trace without a Paint event).
        firstFrameScriptMedianMs: round(median(of('firstFrameScript')), 1),
        firstFrameScriptWorstMs: round(worst(of('firstFrameScript')), 1),
        forcedLayoutMedianMs: round(median(of('forcedLayout')), 1),
        scriptMedianMs: round(median(of('script')), 1),
        layoutsMedian: median(of('layouts')),
        layoutMedianMs: round(median(of('layoutMs')), 1),
        styleMedianMs: round(median(of('styleMs')), 1),
        paintsMedian: median(of('paints')),
        paintMedianMs: round(median(of('paintMs')), 1),
      });
      const row = report.stepTiming.at(-1);
      console.log(
        `step ${id}: ${times.length} verified steps, main thread median ${row.medianMs} ms, worst ${row.worstMs} ms; first frame script median ${row.firstFrameScriptMedianMs} ms (forced layout ${row.forcedLayoutMedianMs} ms), worst ${row.firstFrameScriptWorstMs} ms; per step ${row.layoutsMedian} layouts (${row.layoutMedianMs} ms), style ${row.styleMedianMs} ms, ${row.paintsMedian} paints (${row.paintMedianMs} ms), script ${row.scriptMedianMs} ms`,
      );
      await page.close();
    }

    // 6. Hydration cost, per figure, on its article page (fresh context each run: nothing cached), at
    //    1× and 4× CPU (CDP Emulation.setCPUThrottlingRate, mobile-class). Two ways in:
    //    - "jump": from the top of the page straight to the figure (an instant scroll: the warm-up,
    //      JSON, module download and evaluation, and the mount all happen at once);
    //    - "approach": as a reader scrolls, the figure first comes within client:figure's warm-up
    //      margin (two screens below the viewport), the page idles 2 s, then it is scrolled into view.
    for (const rate of HYDRATION ? CPU_RATES : []) {
      for (const way of ['jump', 'approach']) {
        for (const id of FIGURES) {
          const path = articleOf[id];
          if (!path) continue;
          const samples = [];
          const longest = [];
          const over50 = [];
          let atLoad = false;
          for (let i = 0; i < RUNS; i++) {
            const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            await page.goto(BASE + path, { waitUntil: 'load' });
            await page.waitForTimeout(300);
            const island = page.locator(`figure[data-figure="${id}"] astro-island`).first();
            if (!(await island.evaluate((el) => el.hasAttribute('ssr')))) {
              atLoad = true; // within the 600 px root margin of the first viewport: hydrates with the page
              await context.close();
              break;
            }
            if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
            if (way === 'approach') {
              await page.evaluate((fid) => {
                const el = document.querySelector(`figure[data-figure="${fid}"]`);
                if (el)
                  window.scrollTo({
                    top: el.getBoundingClientRect().top + window.scrollY - 3 * window.innerHeight,
                    behavior: 'instant',
                  });
              }, id);
              await page.waitForTimeout(2000);
              if (!(await island.evaluate((el) => el.hasAttribute('ssr')))) {
                await context.close();
                continue; // hydrated already (near the page's end): not a sample
              }
            }
            await browser.startTracing(page, { categories: TRACE });
            await page.evaluate(
              (fid) =>
                document
                  .querySelector(`figure[data-figure="${fid}"]`)
                  ?.scrollIntoView({ block: 'center', behavior: 'instant' }),
              id,
            );
            await page.waitForFunction(
              (fid) => {
                const el = document.querySelector(`figure[data-figure="${fid}"] astro-island`);
                return el && !el.hasAttribute('ssr') && el.querySelector('.player.mounted');
              },
              id,
              { timeout: 30000 },
            );
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const busy = mainThread(await browser.stopTracing());
            // Not an idle page: the hydrated player answers, Next advances the step and its caption.
            const figureRoot = page.locator(`figure[data-figure="${id}"]`);
            const range = figureRoot.locator('input[type="range"]');
            const status = figureRoot.locator('[role="status"]').first();
            const [before, captionBefore] = [Number(await range.inputValue()), await status.textContent()];
            await figureRoot.getByRole('toolbar').getByRole('button', { name: 'Next step', exact: true }).click();
            await page.waitForFunction(
              ([fid, n]) =>
                Number(document.querySelector(`figure[data-figure="${fid}"] input[type="range"]`)?.value) === n,
              [id, before + 1],
              { timeout: 30000 },
            );
            if ((await status.textContent()) === captionBefore)
              throw new Error(`hydration ${id}: Next advanced the range but not the caption`);
            samples.push(busy.total);
            longest.push(busy.longest);
            over50.push(busy.over50);
            await context.close();
          }
          const row = {
            id,
            path,
            cpu: rate,
            way,
            atLoad,
            samples: samples.length,
            medianMs: round(median(samples), 1),
            worstMs: round(worst(samples), 1),
            longestTaskMedianMs: round(median(longest), 1),
            longestTaskWorstMs: round(worst(longest), 1),
            tasksOver50Worst: Math.max(0, ...over50),
          };
          report.hydration.push(row);
          console.log(
            atLoad
              ? `hydration ${id}: hydrates at load on ${path} (not measured from a scroll)`
              : `hydration ${id} ${rate}× ${way}: median ${row.medianMs} ms, worst ${row.worstMs} ms, longest task ${row.longestTaskMedianMs} / ${row.longestTaskWorstMs} ms`,
          );
        }
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}

// 7. The report.
report.loadAverage = [+loadAtStart.toFixed(1), +loadavg()[0].toFixed(1)];
const f = (n) => (n / KB).toFixed(1);
const ms = (x) => (x === null ? '–' : `${Math.round(x)}`);
const keyPages = [
  '/en/',
  '/en/glossary/',
  '/ja/glossary/',
  '/en/old-hotpatch/',
  '/ja/old-hotpatch/',
  '/en/new-hotpatch/',
  '/en/present/old-patch-bytes/',
  '/en/embed/old-patch-bytes/',
  '/404.html',
];
const md = [
  '# Quality report',
  '',
  `Generated ${report.date} by \`npm run bench\` on this machine (timings vary by machine and load; bytes do not). Lighthouse, step and hydration figures are the median and worst of ${RUNS} run(s). Machine: ${report.cores} cores, 1-minute load average ${report.loadAverage[0]} at the start and ${report.loadAverage[1]} at the end (timings inflate with load; Lighthouse's simulated TBT especially).`,
  '',
  `Build time (astro build + Pagefind): **${buildSeconds.toFixed(1)} s**.`,
  '',
  '## Bytes and requests (gzip KB; from `npm run budgets`, all pages in reports/budgets.md)',
  '',
  '| page | type | HTML | of which inline scene JSON | CSS | fonts | before hydration | requests | fetched scene JSON | all figures hydrated | requests |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...budgets.pages
    .filter((p) => keyPages.includes(p.url))
    .map(
      (p) =>
        `| ${p.url} | ${p.type} | ${f(p.html)} | ${f(p.data)} | ${f(p.css)} | ${f(p.fonts)} | ${f(p.before)} | ${p.requestsBefore} | ${f(p.sceneData ?? 0)} | ${f(p.hydrated)} | ${p.requestsHydrated} |`,
    ),
  '',
  '## JavaScript per figure (gzip)',
  '',
  `The player, Svelte runtime and shared code every figure loads: **${f(sharedJs)} KB**.`,
  '',
  '| figure | total JS on its embed page | of which its own code |',
  '|---|---:|---:|',
  ...figureJs.map((x) => `| ${x.id} | ${f(x.total)} KB | ${f(x.own)} KB |`),
  '',
  '## Lighthouse (served with gzip and Cache-Control by scripts/static-server.mjs, HTTP/1.1, 127.0.0.1)',
  '',
  'Scores 0–100 (median; worst = lowest); FCP, LCP, TBT in ms and CLS as median (worst = highest). Simulated throttling (Lighthouse defaults for mobile; desktop config).',
  '',
  '| page | form | performance | accessibility | best practices | SEO | FCP | LCP median | LCP worst | TBT median | TBT worst | CLS |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...report.lighthouse.map(
    (l) =>
      `| ${l.path} | ${l.form} | ${l.performance} (${l.performanceWorst}) | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.lcpWorst)} | ${ms(l.tbt)} | ${ms(l.tbtWorst)} | ${l.cls} |`,
  ),
  '',
  '## Step change: main-thread time per click on Next (embed pages, 1280×900)',
  '',
  "Chromium trace: the sum of renderer main-thread tasks from a mouse click on Next (scrolled into view before the measured window) until 450 ms later and two frames, so transitions and the deferred URL update count; tracing overhead included. Every sample is verified: the range input's value went up by one and the status caption changed. First frame script: the script run (event dispatch with its listeners and microtasks, function calls, timers, animation frames; nested events counted once) from the pointer's press until the first Paint after the click, with the layout it forces (shown in brackets) — the work that delays the reader's first sight of the new step (target ≤ 8 ms). Layouts, style and paint are per step (median): a motion on the compositor (transform, opacity) adds none of them per frame. Click to next paint is the click's Event Timing duration (the browser reports only values of 16 ms or more). Targets (issue #12): main thread median ≤ 16 ms, first frame script ≤ 8 ms.",
  '',
  '| figure | steps | verified samples | main thread, median | worst | first frame script, median (forced layout) | worst | layouts (ms) | style | paints (ms) | script | click to next paint, median | worst |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...report.stepTiming.map((s) => {
    const paint = (x) => (x === null ? '< 16 ms' : `${Math.round(x)} ms`);
    const t = (x) => (x === null ? '–' : `${x} ms`);
    return `| ${s.id} | ${s.steps} | ${s.samples} | ${s.medianMs} ms | ${s.worstMs} ms | ${t(s.firstFrameScriptMedianMs)} (${t(s.forcedLayoutMedianMs)}) | ${t(s.firstFrameScriptWorstMs)} | ${s.layoutsMedian} (${s.layoutMedianMs} ms) | ${t(s.styleMedianMs)} | ${s.paintsMedian} (${s.paintMedianMs} ms) | ${t(s.scriptMedianMs)} | ${paint(s.clickToPaintMedianMs)} | ${paint(s.clickToPaintWorstMs)} |`;
  }),
  '',
  '## Hydration cost per figure (article pages, fresh context per run)',
  '',
  'Chromium trace: renderer main-thread tasks from an instant scroll that brings the figure into view until its `astro-island` has lost `ssr` and its player is mounted, plus two frames. "jump": straight from the top of the page (warm-up, scene JSON, JS download, compile, evaluation and mount at once). "approach": the figure first comes within `client:figure`\'s warm-up margin (two screens below the viewport), the page idles 2 s (JSON fetched, modules loaded and evaluated), then it is scrolled into view: what a reader scrolling through the article gets. CPU: CDP throttling (4× ≈ a mid-range phone). The target: no task over 50 ms at 4×.',
  '',
  '| figure | page | CPU | way in | main thread, median | worst | longest task, median | worst | tasks > 50 ms (worst run) |',
  '|---|---|---:|---|---:|---:|---:|---:|---:|',
  ...report.hydration.map((h) =>
    h.atLoad
      ? `| ${h.id} | ${h.path} | ${h.cpu}× | ${h.way} | hydrates at load (first viewport) | | | | |`
      : `| ${h.id} | ${h.path} | ${h.cpu}× | ${h.way} | ${h.medianMs} ms | ${h.worstMs} ms | ${h.longestTaskMedianMs} ms | ${h.longestTaskWorstMs} ms | ${h.tasksOver50Worst} |`,
  ),
  '',
];
// A partial run (some sections or figures skipped) must not overwrite the full report.
const partial = !STEPS || !HYDRATION || LH_PAGES.length === 0 || FIGURES.length < FIGURE_IDS.length;
const out = partial ? 'reports/quality-partial' : 'reports/quality';
mkdirSync('reports', { recursive: true });
writeFileSync(`${out}.md`, md.join('\n'));
writeFileSync(`${out}.json`, JSON.stringify(report, null, 2));
console.log(`Wrote ${out}.md and ${out}.json`);
