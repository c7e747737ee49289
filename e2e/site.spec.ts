/** The reading site: language choice, theme, search, glossary, citations, 404, feeds. */
import { expect, test } from '@playwright/test';
import { expectClean, watch } from './support';

test('the root lets a visitor pick a language and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ja\/$/);
  await page.goto('/?choose');
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
});

test('every article exists in both languages and the switch keeps the page', async ({ page }) => {
  await page.goto('/en/');
  const links = await page
    .locator('ol.articles a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThanOrEqual(7);
  for (const path of links) {
    await page.goto(path);
    await page.getByRole('link', { name: 'この記事を日本語で読む' }).click();
    await expect(page).toHaveURL(path.replace('/en/', '/ja/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  }
});

test('the home page frames the subject and cites the @IT column', async ({ page }) => {
  for (const lang of ['en', 'ja']) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('a[href*="atmarkit.itmedia.co.jp"]')).toHaveCount(1);
  }
});

test('text-only pages ship no framework JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // goto waits for "load": module scripts have run by then, and a page without islands loads nothing later.
  await page.goto('/en/myths/');
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(scripts.filter((s) => /svelte|client\.|island/i.test(s))).toEqual([]);
});

test('dark mode follows the system, can be chosen, and is applied before first paint', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/old-hotpatch/');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const darkBg = await bg();
  await page.getByLabel('Colour theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).not.toBe(darkBg);
  // The stored choice is on <html> before any module script runs (no flash).
  await page.route('**/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test("search finds articles in the reader's language", async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the site' });
  await dialog.getByRole('searchbox').fill('coldpatch');
  const first = dialog.locator('ol a').first();
  await expect(first).toBeVisible();
  const hrefs = await dialog.locator('ol a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
  await page.keyboard.press('Escape');

  await page.goto('/ja/');
  await page.getByRole('button', { name: '検索' }).click();
  const ja = page.getByRole('dialog', { name: 'サイト内検索' });
  await ja.getByRole('searchbox').fill('コールドパッチ');
  await expect(ja.locator('ol a').first()).toBeVisible();
  const jaHrefs = await ja.locator('ol a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(jaHrefs.every((h) => h.startsWith('/ja/'))).toBe(true);
  expectClean(problems);
});

test('glossary terms open with the keyboard and close with Escape', async ({ page }) => {
  await page.goto('/en/old-hotpatch/');
  const term = page.locator('article button.term').first();
  await term.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('.term-pop:popover-open');
  await expect(popover).toHaveCount(1);
  await expect(popover.getByRole('link')).toHaveAttribute('href', /\/en\/glossary\/#term-/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.term-pop:popover-open')).toHaveCount(0);
});

test('citations link to the numbered source list', async ({ page }) => {
  await page.goto('/en/old-hotpatch/');
  const cite = page.locator('sup.cite a').first();
  const href = (await cite.getAttribute('href'))!;
  expect(href).toMatch(/^#source-/);
  await expect(page.locator(href)).toHaveCount(1);
  await expect(page.locator(href)).toContainText(/\w/);
  await cite.click();
  await expect(page.locator(`${href}:target`)).toHaveCount(1);
});

test('headings carry anchor links and the table of contents points at them', async ({ page }) => {
  await page.goto('/ja/new-hotpatch/');
  const tocLinks = await page
    .locator('nav.toc a')
    .evaluateAll((as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
  expect(tocLinks.length).toBeGreaterThan(3);
  for (const id of tocLinks) await expect(page.locator(`[id="${id}"] a.anchor`)).toHaveCount(1);
});

test('the 404 page answers in both languages', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
});

test('each language has an RSS feed listing its articles', async ({ request }) => {
  for (const lang of ['en', 'ja']) {
    const res = await request.get(`/${lang}/rss.xml`);
    expect(res.ok()).toBe(true);
    const xml = await res.text();
    expect(xml).toContain(`<language>${lang}</language>`);
    expect(xml).toContain(`/${lang}/old-hotpatch/`);
  }
});

test('pages carry Open Graph metadata and a CSP without unsafe-inline scripts', async ({ page }) => {
  await page.goto('/ja/old-hotpatch/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
});
