/** Shared e2e helpers: page lists from the built site, and a watcher for errors and stray requests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { FIGURE_IDS as ids } from '../scripts/figure-ids.mjs';

/** Every figure folder's id (src/figures/{id}/scene.ts). */
export const FIGURE_IDS: readonly string[] = ids;
export const LANGS = ['en', 'ja'] as const;

/** Every page the sitemap lists (both languages), as paths. */
export function sitemapPaths(): string[] {
  const files = existsSync('dist') ? readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f)) : [];
  const paths = files.flatMap((f) =>
    [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Trainer pages the sitemap leaves out (present, notes, embed), for every figure and language. */
export function trainerPaths(): string[] {
  return LANGS.flatMap((lang) =>
    FIGURE_IDS.flatMap((id) => [`/${lang}/present/${id}/`, `/${lang}/present/${id}/notes/`, `/${lang}/embed/${id}/`]),
  );
}

export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/** Records console errors and warnings, page errors, failed requests and requests to other hosts. */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.errors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.foreignRequests.push(req.url());
    }
  });
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  return problems;
}

export function expectClean(problems: PageProblems): void {
  expect(problems.errors, 'console errors/warnings').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
}

/** The figure's status caption, scrubber and buttons. */
export function figure(page: Page, id: string) {
  const root = page.locator(`figure[data-figure="${id}"]`);
  return {
    root,
    /** The focusable drawing inside the stage (the `[data-stage]` element is `stageBox`). */
    stage: root.locator('.stage-drawing'),
    stageBox: root.locator('[data-stage]'),
    status: root.locator('[role="status"]').first(),
    range: root.locator('input[type="range"]'),
    button: (name: string) => root.getByRole('toolbar').getByRole('button', { name, exact: true }),
  };
}

/** Waits until the figure's island has hydrated (the player marks itself mounted). */
export async function hydrated(page: Page, id: string): Promise<void> {
  const root = page.locator(`figure[data-figure="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('.player.mounted')).toHaveCount(1);
}
