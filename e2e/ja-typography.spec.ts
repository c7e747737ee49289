/**
 * Japanese line breaking on a phone (review §3.4): at 360 px, headings, figure titles and table
 * captions on every /ja/ article page (and the home page) break only between words, and no table
 * column is squeezed below two characters.
 *
 * A break is where two consecutive visible characters sit on different line boxes (a one-character
 * Range's client rect per character). It is allowed when a word boundary of
 * `Intl.Segmenter('ja', { granularity: 'word' })` lies between them, after a hyphen, or inside a
 * segment wider than the line (it cannot fit anyway). Everything else is a break inside a word:
 * 「ホットパッ / チ」.
 *
 * JA_TYPOGRAPHY_OFF=1 re-creates the old CSS (no phrase breaking, `overflow-wrap: anywhere`) to show
 * that the test fails without src/styles/ja-typography.css.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const slugs = readdirSync('content/articles/ja')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();
const pages = ['/ja/', ...slugs.map((s) => `/ja/${s}/`)];
const OFF = process.env.JA_TYPOGRAPHY_OFF === '1';
const OLD_CSS = `:root:lang(ja), :root:lang(ja) * { word-break: normal !important; overflow-wrap: anywhere !important; }
  :root :is(td, th):lang(ja) { min-width: 0 !important; }`;

// The site's CSP forbids inline styles; only the "old CSS" run needs to inject one.
test.use({ bypassCSP: OFF });

/** Selectors of the titles that must not break inside a word. */
const TITLES = 'h1, h2, h3, figcaption, .figure-title, caption, figure h2, figure h3, p.caption, .pager .name, .toc a';

interface BadBreak {
  text: string;
  line: string;
  at: string;
}

async function open(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(path);
  if (OFF) await page.addStyleTag({ content: OLD_CSS });
  await page.evaluate(() => document.fonts.ready);
}

/** Breaks inside a word, per element: evaluated in the page (its own Intl.Segmenter). */
function badBreaks(page: Page): Promise<BadBreak[]> {
  return page.evaluate((selector) => {
    const seg = new Intl.Segmenter('ja', { granularity: 'word' });
    const out: { text: string; line: string; at: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.closest('[lang]')?.getAttribute('lang')?.startsWith('ja')) continue;
      if (el.closest('.visually-hidden, [hidden], [aria-hidden="true"]') || el.getClientRects().length === 0) continue;
      // Characters with their text node and line box, skipping the heading's "#" anchor.
      const chars: { ch: string; top: number; width: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('.anchor, .visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const range = document.createRange();
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const s = n.data;
        for (let i = 0; i < s.length;) {
          const w = (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
          range.setStart(n, i);
          range.setEnd(n, i + w);
          const r = [...range.getClientRects()].find((x) => x.width > 0) ?? range.getBoundingClientRect();
          chars.push({ ch: s.slice(i, i + w), top: r.top, width: r.width });
          i += w;
        }
      }
      const text = chars.map((c) => c.ch).join('');
      if (!text.trim()) continue;
      // Segment boundaries as character indices.
      const starts = new Map<number, { end: number; width: number }>();
      const boundary = new Set<number>();
      let ci = 0;
      let off = 0;
      const charAtOffset = new Map<number, number>();
      for (const c of chars) {
        charAtOffset.set(off, ci++);
        off += c.ch.length;
      }
      for (const s of seg.segment(text)) {
        const a = charAtOffset.get(s.index)!;
        const b = charAtOffset.get(s.index + s.segment.length) ?? chars.length;
        boundary.add(a);
        let width = 0;
        for (let k = a; k < b; k++) width += chars[k]!.width;
        for (let k = a; k < b; k++) starts.set(k, { end: b, width });
      }
      const lineWidth = el.clientWidth || el.getBoundingClientRect().width;
      const lineHeight = parseFloat(getComputedStyle(el).fontSize) * 0.6;
      let prev = -1;
      for (let k = 0; k < chars.length; k++) {
        const c = chars[k]!;
        if (!c.ch.trim() || c.width === 0) continue;
        if (prev >= 0 && Math.abs(c.top - chars[prev]!.top) > lineHeight) {
          // A break between chars[prev] and chars[k]: fine if a segment starts in (prev, k].
          let ok = false;
          for (let j = prev + 1; j <= k; j++) if (boundary.has(j)) ok = true;
          if (!ok && /[-‐‑]/.test(chars[prev]!.ch)) ok = true;
          if (!ok && (starts.get(k)?.width ?? 0) > lineWidth) ok = true;
          if (!ok) {
            out.push({
              text: text.trim().slice(0, 80),
              line: `${text.slice(Math.max(0, prev - 8), prev + 1)} / ${text.slice(k, k + 8)}`,
              at: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`,
            });
          }
        }
        prev = k;
      }
    }
    return out;
  }, TITLES);
}

for (const path of pages) {
  test(`${path} at 360 px: titles break between words; no table cell narrower than 2 characters`, async ({ page }) => {
    await open(page, path);
    const bad = await badBreaks(page);
    expect(bad, bad.map((b) => `${b.at}: 「${b.line}」 in 「${b.text}」`).join('\n')).toEqual([]);
    const narrow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('td, th')]
        .filter((c) => c.getClientRects().length > 0 && c.textContent!.trim().length > 1)
        .map((c) => {
          const cs = getComputedStyle(c);
          const inner = c.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
          return { text: c.textContent!.trim().slice(0, 30), inner, min: 2 * parseFloat(cs.fontSize) };
        })
        .filter((c) => c.inner < c.min)
        .map((c) => `「${c.text}」: ${c.inner.toFixed(0)} px < ${c.min.toFixed(0)} px`),
    );
    expect(narrow, narrow.join('\n')).toEqual([]);
  });
}
